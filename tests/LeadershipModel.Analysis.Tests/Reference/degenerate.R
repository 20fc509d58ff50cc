# psych's alpha() on degenerate data (issue 14): an item nobody answered, and two items never answered together.
# Run from this folder:  Rscript degenerate.R > degenerate.out
# Writes degenerate-all-na.csv and degenerate-apart.csv; degenerate.out is its printed output (psych 2.2.9).
suppressPackageStartupMessages(library(psych))
options(digits = 10)

# (a) A3 has no answers: psych warns that it "had no variance and was deleted but still is counted in the score";
#     the total's mean and sd divide by 3 items, A3 adding nothing (sum.bad is the first row's value, NA -> 0).
a <- data.frame(A1 = c(1, 2, 3, 4, 5, 2, 3, 4), A2 = c(2, 2, 3, 5, 4, 1, 3, 5), A3 = NA_real_)
write.csv(a, "degenerate-all-na.csv", row.names = FALSE, na = "NA")
r <- suppressWarnings(alpha(a, warnings = FALSE))
cat("all-na total\n"); print(r$total)
cat("all-na items\n"); print(r$item.stats)
cat("all-na alpha.drop\n"); print(r$alpha.drop)

# (b) B1 and B2 are never answered together: their pairwise correlation is NA and psych stops with an error.
b <- data.frame(B1 = c(1, 2, 3, 4, 5, NA, NA, NA, NA, NA), B2 = c(NA, NA, NA, NA, NA, 2, 3, 1, 5, 4), B3 = c(1, 3, 2, 4, 5, 2, 3, 2, 4, 5))
write.csv(b, "degenerate-apart.csv", row.names = FALSE, na = "NA")
res <- tryCatch(alpha(b, warnings = FALSE), error = function(e) paste("ERROR:", conditionMessage(e)))
cat("apart\n"); print(if (is.character(res)) res else res$total)
