# Writes WebVTT from timeline.tsv (rows "SPEECH<TAB>start<TAB>end<TAB>speaker<TAB>text" and
# "PAUSE<TAB>start<TAB>seconds"; pauses of 2 s or more get a cue of their own; SLIDE rows are ignored).
# A segment becomes one or more cues of at most about MAX characters (two lines) and MAXSEC seconds, split at
# sentence ends first, then between words; each cue gets a share of the segment's measured time in proportion
# to its length.
BEGIN { FS = "\t"; MAX = 84; MAXSEC = 6.5; print "WEBVTT"; print "" }
$1 == "SPEECH" { segment($2 + 0, $3 + 0, $4, $5) }
$1 == "PAUSE" && $3 >= 2 { print ts($2) " --> " ts($2 + $3); print "[Pause, " $3 " seconds]"; print "" }

function ts(x,   ms) {
  ms = int(x * 1000 + 0.5)
  return sprintf("%02d:%02d:%02d.%03d", int(ms / 3600000), int(ms / 60000) % 60, int(ms / 1000) % 60, ms % 1000)
}
function esc(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); return s }
function two_lines(s,   mid, i, best) {   # break a long cue at the space nearest its middle
  if (length(s) <= 42) return s
  mid = int(length(s) / 2); best = 0
  for (i = 1; i <= length(s); i++)
    if (substr(s, i, 1) == " " && (best == 0 || (i - mid) ^ 2 < (best - mid) ^ 2)) best = i
  return best ? substr(s, 1, best - 1) "\n" substr(s, best + 1) : s
}
function add(s) { piece[++np] = s }
function split_words(s,   k, target, nw, w, i, cur) {   # a sentence longer than MAX: near-equal runs of words
  k = int((length(s) + MAX - 1) / MAX); target = length(s) / k + 8
  nw = split(s, w, " "); cur = ""
  for (i = 1; i <= nw; i++) {
    if (cur != "" && length(cur) + 1 + length(w[i]) > target) { add(cur); cur = "" }
    cur = cur == "" ? w[i] : cur " " w[i]
    if (length(cur) >= target / 2 && w[i] ~ /[,;:]$/ && i < nw) { add(cur); cur = "" }   # prefer a comma
  }
  if (cur != "") add(cur)
}
function segment(start, end, speaker, text,   rest, s, i, n, chunk, total, t, d) {
  np = 0; rest = text
  while (match(rest, /[.!?]["')]*[ ]+/)) {
    s = substr(rest, 1, RSTART + RLENGTH - 1); sub(/ +$/, "", s)
    rest = substr(rest, RSTART + RLENGTH)
    if (length(s) > MAX) split_words(s); else add(s)
  }
  if (rest != "") { if (length(rest) > MAX) split_words(rest); else add(rest) }
  total = 0; for (i = 1; i <= np; i++) total += length(piece[i])
  n = 0   # merge neighbours while they fit in one cue of at most MAXSEC seconds
  for (i = 1; i <= np; i++) {
    s = n > 0 ? chunk[n] " " piece[i] : ""
    if (n > 0 && length(s) <= MAX && (end - start) * length(s) / total <= MAXSEC) chunk[n] = s
    else chunk[++n] = piece[i]
  }
  total = 0; for (i = 1; i <= n; i++) total += length(chunk[i])
  t = start
  for (i = 1; i <= n; i++) {
    d = (end - start) * length(chunk[i]) / total
    print ts(t) " --> " ts(i == n ? end : t + d)
    print "<v " speaker ">" esc(two_lines(chunk[i])) "</v>"
    print ""
    t += d
  }
}
