# Writes the body of a transcript (markdown) from timeline.tsv: speech as "**Speaker:** text",
# slides and pauses described in square brackets.
BEGIN { FS = "\t" }
$1 == "SLIDE"  { para("[Slide: " $3 ($4 != "" ? " — " $4 : "") "]") }
$1 == "PAUSE"  { para("[Pause, " $3 " seconds]") }
$1 == "SPEECH" { para("**" $4 ":** " $5) }
function para(s) { if (NR > 1) print ""; print s }
