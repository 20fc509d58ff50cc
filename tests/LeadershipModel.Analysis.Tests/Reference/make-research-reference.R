# Regenerates research.json: R's figures for paired tests, multilevel agreement, pairwise correlations and
# reliable change, with the data they were computed on, so that the tests never need R.
# Run from this folder:  Rscript make-research-reference.R
# Needs R with multilevel (2.7), psych and jsonlite:
#   apt-get install -y r-base-core r-cran-psych r-cran-multilevel r-cran-jsonlite
suppressPackageStartupMessages({ library(multilevel); library(psych); library(jsonlite) })
set.seed(20261130)
num <- function(v) { v <- as.numeric(v); v[is.nan(v)] <- NA; v }

# (1) Paired comparisons: t.test(paired = TRUE) and wilcox.test(paired = TRUE, exact = FALSE, correct = TRUE).
paired_case <- function(name, x, y) {
  tt <- t.test(x, y, paired = TRUE)
  w <- suppressWarnings(wilcox.test(x, y, paired = TRUE, exact = FALSE, correct = TRUE))
  ok <- !is.na(x) & !is.na(y)
  d <- x[ok] - y[ok]
  list(name = name, x = num(x), y = num(y), n = sum(ok),
       mean_difference = mean(d), t = unname(tt$statistic), df = unname(tt$parameter), p = tt$p.value,
       dz = mean(d) / sd(d), v = unname(w$statistic), wilcoxon_p = w$p.value)
}
x1 <- round(rnorm(30, 3, 1), 2); y1 <- round(x1 + rnorm(30, 0.3, 0.6), 2)
x2 <- sample(1:5, 40, replace = TRUE); y2 <- pmin(5, pmax(1, x2 + sample(-1:2, 40, replace = TRUE)))
x3 <- round(runif(25), 3); y3 <- round(x3 + rnorm(25, -0.05, 0.1), 3); x3[c(3, 17)] <- NA; y3[9] <- NA
# A strong effect without random draws (values with two decimals, so that both sides see the same doubles and ties):
# p-values far below machine epsilon must not round to 0.
x4 <- (1:300) / 100; y4 <- round(x4 - 0.5 - ((1:300) %% 7) / 100, 2)
paired <- list(paired_case("continuous", x1, y1), paired_case("likert-ties-zeros", x2, y2), paired_case("missing", x3, y3),
               paired_case("strong-effect", x4, y4))

# (2) r_wg and r_wg(j) on unbalanced groups, a group of one, and a group that disagrees more than the null.
grp <- c(rep("g1", 5), rep("g2", 3), "g3", rep("g4", 4), rep("g5", 7))
item <- c(4, 4, 5, 3, 4,  2, 3, 2,  5,  1, 5, 1, 5,  3, 3, 4, 2, 3, 4, 3)
items <- cbind(i1 = item,
               i2 = c(4, 5, 5, 3, NA, 2, 2, 3, 4, 2, 5, 1, 4, 3, 4, 4, 3, 3, 4, 2),
               i3 = c(5, 4, 4, 4, 4, 3, 3, 2, 5, 1, 4, 2, 5, 4, 3, 4, 3, 2, 4, 3))
rwg5 <- rwg(item, grp, ranvar = (5^2 - 1) / 12)
rwg7 <- rwg(item, grp, ranvar = (7^2 - 1) / 12)
rwgj <- rwg.j(items, grp, ranvar = (5^2 - 1) / 12)
agreement <- list(groups = grp, item = item, items = lapply(seq_len(nrow(items)), function(i) num(items[i, ])),
  rwg_1_5 = lapply(seq_len(nrow(rwg5)), function(i) list(group = as.character(rwg5$grpid[i]), rwg = num(rwg5$rwg[i]), n = rwg5$gsize[i])),
  rwg_1_7 = lapply(seq_len(nrow(rwg7)), function(i) list(group = as.character(rwg7$grpid[i]), rwg = num(rwg7$rwg[i]), n = rwg7$gsize[i])),
  rwg_j_1_5 = lapply(seq_len(nrow(rwgj)), function(i) list(group = as.character(rwgj$grpid[i]), rwg_j = num(rwgj$rwg.j[i]), n = rwgj$gsize[i])))

# (3) ICC(1) and ICC(2) on unbalanced groups: multilevel's ICC1 (k = N/J) and ICC2, and ICC(1) with k0.
icc_grp <- rep(paste0("t", 1:8), times = c(3, 5, 4, 7, 3, 6, 4, 8))
icc_y <- round(rep(rnorm(8, 0, 0.6), times = c(3, 5, 4, 7, 3, 6, 4, 8)) + rnorm(40), 3)
model <- aov(icc_y ~ as.factor(icc_grp))
tab <- summary(model)[[1]]
msb <- tab[1, 3]; msw <- tab[2, 3]
nj <- table(icc_grp); N <- sum(nj); J <- length(nj)
k0 <- (N - sum(nj^2) / N) / (J - 1)
icc <- list(groups = icc_grp, scores = icc_y, icc1_mean_group_size = ICC1(model), icc2 = ICC2(model),
            icc1_k0 = (msb - msw) / (msb + (k0 - 1) * msw), k0 = k0, msb = msb, msw = msw)

# (4) Pairwise correlations with each pair's n.
cm <- matrix(round(rnorm(60 * 4), 3), 60, 4)
cm[, 2] <- round(cm[, 2] + 0.6 * cm[, 1], 3); cm[, 4] <- round(cm[, 4] - 0.4 * cm[, 3], 3)
cm[sample(240, 25)] <- NA
colnames(cm) <- c("a", "b", "c", "d")
correlation <- list(columns = colnames(cm), data = lapply(1:4, function(j) num(cm[, j])),
                    r = lapply(1:4, function(i) num(cor(cm, use = "pairwise.complete.obs")[i, ])),
                    n = lapply(1:4, function(i) as.integer(pairwiseCount(cm)[i, ])))

# (5) Reliable change (Jacobson & Truax): SEM = sd(pre)*sqrt(1 - r), Sdiff = sqrt(2)*SEM, RCI = (post - pre)/Sdiff.
pre <- round(runif(12, 0.2, 0.8), 4); post <- round(pmin(1, pmax(0, pre + c(rnorm(8, 0, 0.05), 0.35, -0.3, 0.25, 0))), 4)
r <- 0.8
sem <- sd(pre) * sqrt(1 - r); sdiff <- sqrt(2) * sem; rci <- (post - pre) / sdiff
tt <- t.test(post, pre, paired = TRUE)
change <- list(pre = pre, post = post, reliability = r, sd_pre = sd(pre), sem = sem, s_diff = sdiff, rci = rci,
               category = ifelse(rci > 1.96, "increased", ifelse(rci < -1.96, "decreased", "unchanged")),
               t = unname(tt$statistic), df = unname(tt$parameter), p = tt$p.value, dz = mean(post - pre) / sd(post - pre))

out <- list(r_version = R.version.string, multilevel_version = as.character(packageVersion("multilevel")),
            paired = paired, agreement = agreement, icc = icc, correlation = correlation, change = change)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE), "research.json")
