# Times R psych's scoreItems(impute = "none") on the comparison CSV and writes the alphas as JSON.
# usage: Rscript psych.R FILE KEYSFILE OUT.json
# Reads with data.table::fread when installed (apt-get install -y r-cran-data.table), else read.csv (slower; noted).
args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 3) stop("usage: Rscript psych.R FILE KEYSFILE OUT.json")
suppressPackageStartupMessages(library(psych))
t0 <- proc.time()[["elapsed"]]
if (requireNamespace("data.table", quietly = TRUE)) {
  reader <- "data.table::fread"
  x <- as.data.frame(data.table::fread(args[1], na.strings = c("", "NA"), showProgress = FALSE))
} else {
  reader <- "read.csv (data.table not installed)"
  message("note: data.table is not installed; reading with read.csv, which is slower")
  x <- read.csv(args[1], na.strings = c("", "NA"))
}
t1 <- proc.time()[["elapsed"]]
lines <- readLines(args[2])
lines <- lines[nzchar(trimws(lines))]
keys <- lapply(lines, function(l) trimws(strsplit(sub("^[^=]*=", "", l), ",")[[1]]))
names(keys) <- trimws(sub("=.*$", "", lines))
items <- unique(sub("^-", "", unlist(keys)))
s <- scoreItems(keys, x[, items], impute = "none")
t2 <- proc.time()[["elapsed"]]
alpha <- s$alpha[1, ]
json <- paste0(
  "{\"reader\":\"", reader, "\",\"read_seconds\":", t1 - t0, ",\"score_seconds\":", t2 - t1,
  ",\"psych\":\"", as.character(packageVersion("psych")), "\",\"rows\":", nrow(x), ",\"alpha\":{",
  paste0("\"", names(alpha), "\":", sprintf("%.17g", alpha), collapse = ","), "}}")
writeLines(json, args[3])
cat(json, "\n")
