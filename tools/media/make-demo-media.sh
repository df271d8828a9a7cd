#!/usr/bin/env bash
# Makes Cairn's demonstration films and audio from the scripts in tools/media/scripts/*.txt.
#
# Needs these Debian packages (and nothing else):
#   apt-get install -y espeak-ng ffmpeg imagemagick fonts-dejavu-core
# Run from anywhere:
#   bash tools/media/make-demo-media.sh              # every unit
#   bash tools/media/make-demo-media.sh two-rooms    # only the units named
#   bash tools/media/check-demo-media.sh             # then check codecs, lengths, captions and total size
# (awk and sed, also used, are part of every Debian system.)
#
# Each script is the single source of a unit. Lines (blank lines and lines starting with # are ignored):
#   SPEAKER|text                 one spoken segment; the speaker's voice comes from voices.tsv
#   SLIDE|heading|detail         films only: the slide shown from here on (detail is optional)
#   PAUSE|seconds                silence
# units.tsv says, for each unit, whether it is a film or audio and where its files go. For each unit it writes:
#   quizzes/<module>/<unit>.transcript.md       transcript (slides described in square brackets)
#   webroot/<media dir>/<unit>.en.vtt           captions timed from the measured length of every segment
#   webroot/<media dir>/<unit>.mp4 + .poster.jpg  (film: H.264 + AAC, 640x360, 4 fps)
#   webroot/<media dir>/<unit>.mp3               (audio: mono, 48 kbit/s)
# Running it again overwrites the same files.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
FONT_BOLD=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
# Slide colours: white and pale text on navy (contrast above 10:1); "Pause and decide" slides are navy on amber.
NAVY='#14213d' AMBER='#f2c14e' PALE='#dde3ec'
FPS=4               # film frame rate: slides change on a quarter-second grid
RATE=22050          # espeak-ng's own sample rate; every piece of audio is kept at it until encoding
GAP=0.35            # silence after each spoken segment
LEAD_IN=0.5 TAIL=1.0
DEMO_LINE='*Demonstration media: synthetic voices, made for this CPD module.*'

for tool in espeak-ng ffmpeg ffprobe convert awk sed; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y espeak-ng ffmpeg imagemagick fonts-dejavu-core" >&2; exit 1; }
done
[[ -f $FONT && -f $FONT_BOLD ]] || { echo "missing DejaVu fonts: apt-get install -y fonts-dejavu-core" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

duration() { ffprobe -v error -show_entries format=duration -of csv=p=0 "$1"; }
add() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", a + b }'; }

silence() { # silence FILE SECONDS
  ffmpeg -nostdin -v error -y -f lavfi -i "anullsrc=r=$RATE:cl=mono" -t "$2" -c:a pcm_s16le "$1"
}

voice_of() { # prints "voice pitch speed" for a speaker, from voices.tsv
  awk -F'\t' -v s="$1" '$1 == s { print $2, $3, $4; found = 1 } END { exit !found }' "$HERE/voices.tsv" \
    || { echo "speaker '$1' is not in voices.tsv" >&2; exit 1; }
}

slide() { # slide OUT.png LABEL HEADING DETAIL
  local out=$1 label=$2 heading=${3//%/%%} detail=${4//%/%%} bg=$NAVY fg=white sub=$PALE small=$PALE stripe=$AMBER
  if [[ $heading == "Pause and decide"* ]]; then bg=$AMBER fg=$NAVY sub=$NAVY small=$NAVY stripe=$NAVY; fi
  local block=(\( -background none -fill "$fg" -font "$FONT_BOLD" -pointsize 34 -size 560x caption:"$heading")
  if [[ -n $detail ]]; then
    block+=(-size 560x18 xc:none -fill "$sub" -font "$FONT" -pointsize 25 -size 560x caption:"$detail")
  fi
  block+=(-append \))
  convert -size 640x360 "xc:$bg" -fill "$stripe" -draw 'rectangle 0,0 9,359' \
    "${block[@]}" -gravity west -geometry +40+6 -composite \
    -font "$FONT" -pointsize 15 -fill "$small" \
    -gravity northwest -annotate +40+16 "$label" \
    -gravity southeast -annotate +18+12 'Demonstration media' \
    -strip "$out"
}

make_unit() { # make_unit UNIT KIND MODULE MEDIADIR LABEL
  local unit=$1 kind=$2 module=$3 mediadir=$4 label=$5
  local src="$HERE/scripts/$unit.txt" w="$WORK/$unit"
  local outdir="$ROOT/webroot/$mediadir" transcript="$ROOT/quizzes/$module/$unit.transcript.md"
  [[ -f $src ]] || { echo "no script $src" >&2; exit 1; }
  mkdir -p "$w" "$outdir" "$(dirname "$transcript")"
  echo "== $unit ($kind)"

  # 1. Speak each segment, measure it, and lay everything on one timeline.
  #    timeline.tsv rows: SPEECH start end speaker text | SLIDE start heading detail | PAUSE start seconds
  local t=0 n=0 d speaker rest heading detail vps voice pitch speed
  : >"$w/concat.txt"; : >"$w/timeline.tsv"
  silence "$w/lead.wav" "$LEAD_IN"; silence "$w/gap.wav" "$GAP"
  echo "file 'lead.wav'" >>"$w/concat.txt"; t=$(add "$t" "$(duration "$w/lead.wav")")
  while IFS='|' read -r -u 3 speaker rest || [[ -n $speaker ]]; do
    [[ -z ${speaker// /} || $speaker == \#* ]] && continue
    n=$((n + 1))
    case $speaker in
      SLIDE)
        [[ $kind == film ]] || { echo "$unit: SLIDE in an audio unit" >&2; exit 1; }
        heading=${rest%%|*}; detail=""; [[ $rest == *\|* ]] && detail=${rest#*|}
        printf 'SLIDE\t%s\t%s\t%s\n' "$t" "$heading" "$detail" >>"$w/timeline.tsv" ;;
      PAUSE)
        silence "$w/p$n.wav" "$rest"
        echo "file 'p$n.wav'" >>"$w/concat.txt"
        printf 'PAUSE\t%s\t%s\n' "$t" "$rest" >>"$w/timeline.tsv"
        t=$(add "$t" "$(duration "$w/p$n.wav")") ;;
      *)
        vps=$(voice_of "$speaker"); read -r voice pitch speed <<<"$vps"
        printf '%s\n' "$rest" | sed -f "$HERE/pronounce.sed" >"$w/s$n.txt"
        espeak-ng -v "$voice" -p "$pitch" -s "$speed" -f "$w/s$n.txt" -w "$w/s$n.wav"
        d=$(duration "$w/s$n.wav")
        printf 'SPEECH\t%s\t%s\t%s\t%s\n' "$t" "$(add "$t" "$d")" "$speaker" "$rest" >>"$w/timeline.tsv"
        printf "file 's%s.wav'\nfile 'gap.wav'\n" "$n" >>"$w/concat.txt"
        t=$(add "$(add "$t" "$d")" "$(duration "$w/gap.wav")") ;;
    esac
  done 3<"$src"
  silence "$w/tail.wav" "$TAIL"; echo "file 'tail.wav'" >>"$w/concat.txt"
  ffmpeg -nostdin -v error -y -f concat -safe 0 -i "$w/concat.txt" -c:a pcm_s16le -ar "$RATE" -ac 1 "$w/narration.wav"
  local total; total=$(duration "$w/narration.wav")

  # 2. Captions and transcript, both from the timeline.
  awk -f "$HERE/captions.awk" "$w/timeline.tsv" >"$outdir/$unit.en.vtt"
  { echo "$DEMO_LINE"; echo; awk -f "$HERE/transcript.awk" "$w/timeline.tsv"; } >"$transcript"

  # 3. Encode.
  if [[ $kind == audio ]]; then
    ffmpeg -nostdin -v error -y -i "$w/narration.wav" -ac 1 -c:a libmp3lame -b:a 48k \
      -metadata title="$label (demonstration media)" "$outdir/$unit.mp3"
  else
    local i=0 start next starts
    [[ $(head -c 5 "$w/timeline.tsv") == SLIDE ]] || { echo "$unit: a film must start with a SLIDE line" >&2; exit 1; }
    : >"$w/slides.txt"
    # slide changes snapped to the frame grid, so that each change is a clean key frame
    mapfile -t starts < <(awk -F'\t' -v fps="$FPS" '$1 == "SLIDE" { printf "%.2f\n", int($2 * fps + 0.5) / fps }' "$w/timeline.tsv")
    starts[0]=0   # the first slide is up from the very start, lead-in included
    while IFS=$'\t' read -r -u 3 _ _ heading detail; do
      start=${starts[$i]}; i=$((i + 1)); next=${starts[$i]:-$total}
      slide "$w/slide$i.png" "$label" "$heading" "$detail"
      printf "file 'slide%s.png'\nduration %s\n" "$i" "$(add "$next" "-$start")" >>"$w/slides.txt"
    done 3< <(awk -F'\t' '$1 == "SLIDE"' "$w/timeline.tsv")
    echo "file 'slide$i.png'" >>"$w/slides.txt"   # the concat demuxer needs the last image twice
    local keys; keys=$(IFS=,; echo "${starts[*]}")
    ffmpeg -nostdin -v error -y -f concat -safe 0 -i "$w/slides.txt" -i "$w/narration.wav" \
      -map 0:v -map 1:a -t "$total" -r "$FPS" -force_key_frames "$keys" \
      -c:v libx264 -preset slow -tune stillimage -crf 26 -g 80 -x264-params scenecut=0 -profile:v main -pix_fmt yuv420p \
      -c:a aac -b:a 48k -ac 1 -movflags +faststart \
      -metadata title="$label (demonstration media)" "$outdir/$unit.mp4"
    convert "$w/slide1.png" -quality 85 -strip "$outdir/$unit.poster.jpg"
  fi
  printf '   %.1f s\n' "$total"
}

want=("$@")
while IFS=$'\t' read -r -u 4 unit kind module mediadir label; do
  [[ -z $unit || $unit == \#* ]] && continue
  if [[ ${#want[@]} -gt 0 && ! " ${want[*]} " == *" $unit "* ]]; then continue; fi
  make_unit "$unit" "$kind" "$module" "$mediadir" "$label"
done 4<"$HERE/units.tsv"

du -ch "$ROOT/webroot/media" | tail -1
