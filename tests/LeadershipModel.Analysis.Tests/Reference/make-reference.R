# Regenerates the reference data and psych's figures that the tests compare against.
# Run from this folder:  Rscript make-reference.R
# Needs R with psych (2.2.9 was used) and jsonlite. Outputs: bfi.csv, simulated.csv, expected.json.
#
# psych 2.2.9 computes the correlation-based figures from cov2cor(pairwise covariances); psych 2.5.x
# uses the pairwise correlation matrix instead. Under 2.2.9,
# alpha(cor(x, use = "pairwise"), keys, n.obs = nrow(x)) reproduces the 2.5.x figures, so the raw
# figures come from alpha(x, keys) and the correlation-based ones from the correlation matrix.
suppressPackageStartupMessages({ library(psych); library(jsonlite) })

# (a) bfi: 25 items plus three grouping columns, NA for missing.
data(bfi, package = "psychTools", envir = environment())
if (!exists("bfi")) data(bfi, package = "psych", envir = environment())
bfi_out <- bfi[, c(paste0(rep(c("A", "C", "E", "N", "O"), each = 5), 1:5), "gender", "education", "age")]
write.csv(bfi_out, "bfi.csv", row.names = FALSE, na = "NA")
bfi_items <- as.matrix(bfi_out[, 1:25])

# (b) simulated Likert data: 500 respondents, 12 items, 3 scales, some reversed items, ~3% missing.
set.seed(20240601)
n <- 500
f <- matrix(rnorm(n * 3), n, 3)
load <- c(0.8, 0.7, -0.6, 0.75, 0.7, -0.8, 0.6, 0.65, -0.7, 0.8, 0.55, -0.75)
sim <- matrix(NA_real_, n, 12)
for (j in 1:12) {
  latent <- load[j] * f[, (j - 1) %/% 4 + 1] + rnorm(n, sd = sqrt(1 - load[j]^2))
  sim[, j] <- as.numeric(cut(latent, breaks = c(-Inf, -1.5, -0.6, 0, 0.6, 1.5, Inf)))
}
colnames(sim) <- paste0("Q", 1:12)
sim[matrix(runif(n * 12) < 0.03, n, 12)] <- NA
sim_df <- data.frame(respondent = sprintf("r%03d", 1:n), sim)
write.csv(sim_df, "simulated.csv", row.names = FALSE, na = "")

num <- function(v) { v <- as.numeric(v); v[is.nan(v)] <- NA; v }

# One alpha() case: raw figures from the data, correlation-based ones from the pairwise R.
alpha_case <- function(data_name, x, scale_name, key, drop_constant = FALSE) {
  items <- sub("^-", "", key)
  xs <- x[, items, drop = FALSE]
  signs <- ifelse(startsWith(key, "-"), -1, 1)
  a <- suppressWarnings(suppressMessages(alpha(xs, keys = signs, warnings = FALSE)))
  keep <- apply(xs, 2, function(v) isTRUE(sd(v, na.rm = TRUE) > 0))
  rc <- cor(xs[, keep, drop = FALSE], use = "pairwise")
  b <- suppressWarnings(suppressMessages(alpha(rc, keys = signs[keep], n.obs = nrow(xs), warnings = FALSE)))
  t <- a$total
  kept_keys <- key[keep]
  item_list <- lapply(seq_along(kept_keys), function(i) list(
    key = kept_keys[i],
    n = num(a$item.stats$n[i]), mean = num(a$item.stats$mean[i]), sd = num(a$item.stats$sd[i]),
    raw_r = num(a$item.stats$raw.r[i]), std_r = num(b$item.stats$r[i]), r_cor = num(b$item.stats$r.cor[i]),
    r_drop = num(a$item.stats$r.drop[i]),
    drop = list(
      raw_alpha = num(a$alpha.drop$raw_alpha[i]), alpha_se = num(a$alpha.drop[["alpha se"]][i]),
      std_alpha = num(b$alpha.drop$std.alpha[i]), g6 = num(b$alpha.drop[["G6(smc)"]][i]),
      average_r = num(b$alpha.drop$average_r[i]), sn = num(b$alpha.drop[["S/N"]][i]),
      var_r = num(b$alpha.drop$var.r[i]), median_r = num(b$alpha.drop$med.r[i]))))
  list(data = data_name, name = scale_name, key = key,
       total = list(raw_alpha = num(t$raw_alpha), std_alpha = num(b$total$std.alpha), g6 = num(b$total[["G6(smc)"]]),
                    average_r = num(b$total$average_r), median_r = num(b$total$median_r), var_r = num(b$var.r),
                    sn = num(b$total[["S/N"]]), ase = num(t$ase), mean = num(t$mean), sd = num(t$sd),
                    feldt_lower = num(a$feldt$lower.ci), feldt_upper = num(a$feldt$upper.ci)),
       items = item_list)
}

bfi_keys <- list(
  agree = c("-A1", "A2", "A3", "A4", "A5"),
  conscientious = c("C1", "C2", "C3", "-C4", "-C5"),
  extraversion = c("-E1", "-E2", "E3", "E4", "E5"),
  neuroticism = c("N1", "N2", "N3", "N4", "N5"),
  openness = c("O1", "-O2", "O3", "O4", "-O5"))
sim_keys <- list(
  first = c("Q1", "Q2", "-Q3", "Q4"),
  second = c("Q5", "-Q6", "Q7", "Q8"),
  third = c("-Q9", "Q10", "Q11", "-Q12"))

cases <- list()
for (s in names(bfi_keys)) cases[[length(cases) + 1]] <- alpha_case("bfi", bfi_items, s, bfi_keys[[s]])
cases[[length(cases) + 1]] <- alpha_case("bfi", bfi_items, "pair", c("A2", "A3"))
cases[[length(cases) + 1]] <- alpha_case("bfi", bfi_items, "reversed-pair", c("-A1", "A2"))
for (s in names(sim_keys)) cases[[length(cases) + 1]] <- alpha_case("simulated", sim, s, sim_keys[[s]])
cases[[length(cases) + 1]] <- alpha_case("simulated", sim, "pair", c("Q1", "-Q3"))
cases[[length(cases) + 1]] <- alpha_case("simulated", sim, "all-forward", c("Q1", "Q2", "Q4", "Q5", "Q7"))

# scoreItems with impute none, median and mean: scores for every row and per-scale figures.
score_case <- function(data_name, x, keys, impute) {
  s <- suppressWarnings(suppressMessages(scoreItems(keys, x, impute = impute)))
  scales <- lapply(seq_along(keys), function(k) list(
    name = names(keys)[k], key = keys[[k]],
    alpha = num(s$alpha[1, k]), average_r = num(s$av.r[1, k]), g6 = num(s$G6[1, k]),
    sn = num(s$sn[1, k]), median_r = num(s$med.r[k]), ase = num(s$ase[1, k]),
    scores = num(s$scores[, k])))
  list(data = data_name, impute = impute, scales = scales)
}
scorings <- list()
for (imp in c("none", "median", "mean")) {
  scorings[[length(scorings) + 1]] <- score_case("bfi", bfi_items, bfi_keys, imp)
  scorings[[length(scorings) + 1]] <- score_case("simulated", sim, sim_keys, imp)
}

out <- list(psych_version = as.character(packageVersion("psych")), r_version = R.version.string,
            alpha = cases, score_items = scorings)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, na = "null", pretty = FALSE), "expected.json")
cat("wrote bfi.csv, simulated.csv, expected.json\n")
