#!/usr/bin/env bash
# Checks what make-demo-media.sh made: codecs and length of each film and audio, WebVTT captions
# (header, cue times in order, cues of at most 7 s, last cue inside the media), transcripts, and total size.
# Needs ffmpeg (for ffprobe). Run: bash tools/media/check-demo-media.sh
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
probe() { ffprobe -v error -select_streams "$2" -show_entries "stream=$3" -of csv=p=0 "$1" | head -1; }

while IFS=$'\t' read -r -u 3 unit kind module mediadir _; do
  [[ -z $unit || $unit == \#* ]] && continue
  dir="$ROOT/webroot/$mediadir"
  if [[ $kind == film ]]; then media="$dir/$unit.mp4"; else media="$dir/$unit.mp3"; fi
  [[ -f $media ]] || { bad "$unit: no $media"; continue; }
  len=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$media")
  if [[ $kind == film ]]; then
    v=$(probe "$media" v:0 codec_name,width,height,pix_fmt); a=$(probe "$media" a:0 codec_name)
    [[ $v == h264,640,360,yuv420p && $a == aac ]] && ok "$unit.mp4: $v + $a, ${len}s" || bad "$unit.mp4: $v + $a"
    [[ -f $dir/$unit.poster.jpg ]] && ok "$unit.poster.jpg" || bad "$unit: no poster"
  else
    a=$(probe "$media" a:0 codec_name,channels,bit_rate)
    [[ $a == mp3,1,* ]] && ok "$unit.mp3: $a, ${len}s" || bad "$unit.mp3: $a"
  fi
  awk -v l="$len" 'BEGIN { exit !(l >= 60 && l <= 100) }' && ok "$unit: length ${len}s is 60-100 s" || bad "$unit: length ${len}s"
  vtt="$dir/$unit.en.vtt"
  msg=$(awk -v len="$len" '
    function sec(t,   p) { split(t, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
    function fail(m) { print m; failed = 1; exit 1 }
    NR == 1 && $0 != "WEBVTT" { fail("no WEBVTT header") }
    / --> / { s = sec($1); e = sec($3); n++
      if (e <= s) fail("cue " n " ends before it starts")
      if (s < last) fail("cue " n " starts before cue " n - 1 " ends")
      if (e - s > 7) fail("cue " n " lasts " e - s " s")
      last = e; getline; if ($0 !~ /^(<v [^>]+>|\[)/) fail("cue " n " has no voice span or [description]") }
    END { if (failed) exit 1; if (!n) fail("no cues"); if (last > len) fail("last cue ends at " last " after the media (" len ")")
          printf "%d cues, last ends %.1f s", n, last }' "$vtt") && ok "$unit.en.vtt: $msg" || bad "$unit.en.vtt: $msg"
  tr="$ROOT/quizzes/$module/$unit.transcript.md"
  [[ $(head -1 "$tr" 2>/dev/null) == '*Demonstration media:'* ]] && ok "$unit.transcript.md" || bad "$unit: transcript missing or unlabelled"
done 3<"$HERE/units.tsv"

kb=$(du -sk "$ROOT/webroot/media" | cut -f1)
((kb < 4608)) && ok "webroot/media is ${kb} KiB (limit 4.5 MiB)" || bad "webroot/media is ${kb} KiB, over 4.5 MiB"
echo "$pass passed, $fail failed"
((fail == 0))
