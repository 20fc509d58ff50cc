# Writes bfi.csv: the first 200 rows of psych's bfi data (25 personality items A1..O5, 1..6, with gender,
# education and age), missing answers as NA, for the README's reliability examples.
# Run from this folder:  Rscript make-bfi.R   (R with psych; Debian: apt-get install -y r-base-core r-cran-psych)
suppressPackageStartupMessages(library(psych))
data(bfi, package = "psychTools", envir = environment())
if (!exists("bfi")) data(bfi, package = "psych", envir = environment())
items <- paste0(rep(c("A", "C", "E", "N", "O"), each = 5), 1:5)
extract <- head(bfi[, c(items, "gender", "education", "age")], 200)
write.csv(extract, "bfi.csv", row.names = FALSE, na = "NA")
