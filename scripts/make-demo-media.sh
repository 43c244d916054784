#!/usr/bin/env bash
# make-demo-media.sh — regenerate the SYNTHETIC demo media used by the Dateline
# demo articles (public/demo/media/).
#
# Everything here is fictional: the narration texts below are invented, the
# places ("Port Aldric", "Belozorsk") do not exist, the voices are espeak-ng
# speech synthesis and the pictures are the project's own demo illustrations
# (public/demo/*.jpg). No recordings of real people are involved.
#
# Outputs (all in public/demo/media/):
#   harbour-briefing.mp4         H.264 + AAC, 1280x720, Ken Burns over 3 illustrations
#   harbour-briefing.webm        VP9 + Opus, same content
#   harbour-briefing-poster.jpg  1280x720 first frame
#   harbour-briefing.vtt         WebVTT captions for the narration
#   culture-interview.mp3        MP3, mono, 64 kbit/s, two synthetic voices
#   culture-interview.ogg        Opus in Ogg, same content
#   culture-interview.vtt        WebVTT transcript with <v Speaker> tags
#
# Requirements: bash, ffmpeg (with libx264, libvpx-vp9, libopus, libmp3lame),
# ffprobe, espeak-ng. On Debian/Ubuntu: apt-get install -y ffmpeg espeak-ng
#
# Usage: scripts/make-demo-media.sh            (run from anywhere)
#
# Determinism: the same text + images + tool versions give byte-identical
# files. All ffmpeg calls use bitexact flags, strip metadata and pin the
# encoder thread count (x264/libvpx output can depend on the thread count).
# x264 is used in plain CRF mode on purpose: with VBV (-maxrate) and several
# threads its output is NOT reproducible from run to run.
# Different ffmpeg/espeak-ng versions will produce slightly different bytes.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
IMG="$ROOT/public/demo"
OUT="$ROOT/public/demo/media"

for tool in ffmpeg ffprobe espeak-ng; do
  command -v "$tool" >/dev/null || { echo "error: $tool not found (apt-get install -y ffmpeg espeak-ng)" >&2; exit 1; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

# Common ffmpeg options: quiet, overwrite, reproducible output, no metadata.
FF=(ffmpeg -hide_banner -loglevel error -nostdin -y)
BITEXACT=(-fflags +bitexact -flags:v +bitexact -flags:a +bitexact -map_metadata -1 -map_chapters -1)

RATE=22050   # espeak-ng's native sample rate; all speech is assembled as raw s16le mono at this rate
FPS=25       # video frame rate

# ---------------------------------------------------------------------------
# Narration texts. One line per segment (= one caption cue):
#   voice | words-per-minute | pause after (ms) | speaker label for VTT | text
# The speaker label is empty for the single-narrator briefing.
# ---------------------------------------------------------------------------

# ~57 words, one narrator (British English voice, moderate speed).
read -r -d '' HARBOUR_SCRIPT <<'EOF' || true
en-gb|150|150||More than a hundred and forty cargo ships are waiting at anchor off Port Aldric,
en-gb|150|350||as a strike by dockworkers enters its second day.
en-gb|150|350||Along the eastern quay the cranes stand still, and only medicines and fresh food are being unloaded.
en-gb|150|150||Union leaders and port managers are due to meet again this evening,
en-gb|150|0||and traders warn that shelves could empty by the weekend.
EOF

# ~94 words, two voices: a presenter (female variant) and a theatre director
# (male variant).
read -r -d '' CULTURE_SCRIPT <<'EOF' || true
en-gb+f3|155|200|Presenter|This is Culture Desk.
en-gb+f3|155|200|Presenter|Four years after a fire destroyed its stage, the drama theatre in Belozorsk opened its doors again on Saturday night.
en-gb+f3|155|400|Presenter|I asked its artistic director what the audience found.
en-gb+m3|150|200|Director|Mostly, they found the theatre they remember.
en-gb+m3|150|400|Director|We cleaned the painted ceiling, rebuilt the stage, and added a lift so everyone can reach the balcony.
en-gb+f3|155|400|Presenter|And the first production?
en-gb+m3|150|200|Director|A new play, written by local students, about the river floods of their grandparents' time.
en-gb+m3|150|400|Director|Tickets are free for the opening week, because this building belongs to the town.
en-gb+f3|155|0|Presenter|For Culture Desk, in Belozorsk.
EOF

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

# samples -> "HH:MM:SS.mmm" (WebVTT timestamp)
vtt_time() {
  local ms=$(( $1 * 1000 / RATE ))
  printf '%02d:%02d:%02d.%03d' $(( ms / 3600000 )) $(( ms / 60000 % 60 )) $(( ms / 1000 % 60 )) $(( ms % 1000 ))
}

# append N milliseconds of digital silence to a raw s16le mono file
append_silence() { # file ms
  local samples=$(( RATE * $2 / 1000 ))
  if (( samples > 0 )); then head -c $(( samples * 2 )) /dev/zero >>"$1"; fi
}

# build_track NAME LEAD_MS SCRIPT
#   Synthesises every line of SCRIPT with espeak-ng, concatenates the segments
#   (with the pauses given in the script) into $WORK/NAME.raw, and writes the
#   matching captions to $WORK/NAME.vtt. Cue times are exact because they are
#   computed from the sample counts of the segments themselves.
build_track() {
  local name="$1" lead_ms="$2" script="$3"
  local raw="$WORK/$name.raw" vtt="$WORK/$name.vtt"
  local n=0 voice wpm gap speaker text seg start end bytes

  : >"$raw"
  append_silence "$raw" "$lead_ms"
  printf 'WEBVTT\n' >"$vtt"

  while IFS='|' read -r voice wpm gap speaker text; do
    [[ -z "$text" ]] && continue
    n=$(( n + 1 ))
    seg="$WORK/$name-$n"
    espeak-ng -v "$voice" -s "$wpm" -w "$seg.wav" -- "$text"
    # normalise to raw 16-bit mono at $RATE (espeak-ng already uses 22050 Hz)
    "${FF[@]}" -i "$seg.wav" -f s16le -acodec pcm_s16le -ac 1 -ar "$RATE" "$seg.raw"

    bytes=$(stat -c %s "$raw")
    start=$(( bytes / 2 ))
    cat "$seg.raw" >>"$raw"
    end=$(( $(stat -c %s "$raw") / 2 ))
    append_silence "$raw" "$gap"

    printf '\n%d\n%s --> %s\n' "$n" "$(vtt_time "$start")" "$(vtt_time "$end")" >>"$vtt"
    if [[ -n "$speaker" ]]; then
      printf '<v %s>%s\n' "$speaker" "$text" >>"$vtt"
    else
      printf '%s\n' "$text" >>"$vtt"
    fi
  done <<<"$script"
}

# duration of a raw track in samples
raw_samples() { echo $(( $(stat -c %s "$1") / 2 )); }

# ---------------------------------------------------------------------------
# 1. Harbour briefing video
# ---------------------------------------------------------------------------
echo "==> harbour briefing: narration"
LEAD_MS=1000   # picture only, before the narrator starts
TAIL_MS=1800   # picture only, after the narrator stops
build_track harbour "$LEAD_MS" "$HARBOUR_SCRIPT"
append_silence "$WORK/harbour.raw" "$TAIL_MS"
"${FF[@]}" -f s16le -ar "$RATE" -ac 1 -i "$WORK/harbour.raw" "$WORK/harbour.wav"

# Video length follows the narration, rounded up to whole frames.
AUDIO_SAMPLES=$(raw_samples "$WORK/harbour.raw")
TOTAL_FRAMES=$(( (AUDIO_SAMPLES * FPS + RATE - 1) / RATE ))
XF_FRAMES=25                                   # 1 s crossfades
# three clips overlap twice: 3*CLIP - 2*XF >= TOTAL
CLIP_FRAMES=$(( (TOTAL_FRAMES + 2 * XF_FRAMES + 2) / 3 ))
CLIP_S=$(awk -v f="$CLIP_FRAMES" -v r="$FPS" 'BEGIN{printf "%.4f", f/r}')
XF_S=$(awk -v f="$XF_FRAMES" -v r="$FPS" 'BEGIN{printf "%.4f", f/r}')
OFF1=$(awk -v c="$CLIP_FRAMES" -v x="$XF_FRAMES" -v r="$FPS" 'BEGIN{printf "%.4f", (c-x)/r}')
OFF2=$(awk -v c="$CLIP_FRAMES" -v x="$XF_FRAMES" -v r="$FPS" 'BEGIN{printf "%.4f", 2*(c-x)/r}')
TOTAL_S=$(awk -v f="$TOTAL_FRAMES" -v r="$FPS" 'BEGIN{printf "%.4f", f/r}')
FADEOUT_ST=$(awk -v t="$TOTAL_S" 'BEGIN{printf "%.4f", t-0.8}')
echo "    ${TOTAL_S}s, 3 clips of ${CLIP_S}s, ${XF_S}s crossfades"

# Ken Burns: each illustration (1600x900) is first upscaled to 3840x2160 so the
# integer crop positions used by zoompan move in 1/3-output-pixel steps (less
# jitter), then zoompan renders CLIP_FRAMES frames at 1280x720.
#   clip 0  world-2.jpg  harbour with cranes   slow zoom in towards the cranes
#   clip 1  travel-2.jpg coast with lighthouse pan left -> right at 1.2x
#   clip 2  world-1.jpg  skyline at dusk       slow zoom out, centred
# Work is done in planar RGB; the final conversion writes BT.709 limited range,
# which is what browsers assume for HD H.264/VP9.
N1=$(( CLIP_FRAMES - 1 ))
UP="format=gbrp,scale=3840:2160:flags=lanczos"
ZP="d=${CLIP_FRAMES}:s=1280x720:fps=${FPS}"
FILTER="
[0:v]${UP},zoompan=z='1+0.18*on/${N1}':x='(iw-iw/zoom)*0.70':y='(ih-ih/zoom)*0.45':${ZP},setsar=1[v0];
[1:v]${UP},zoompan=z='1.2':x='(iw-iw/zoom)*on/${N1}':y='(ih-ih/zoom)*0.35':${ZP},setsar=1[v1];
[2:v]${UP},zoompan=z='1.2-0.16*on/${N1}':x='(iw-iw/zoom)/2':y='(ih-ih/zoom)*0.6':${ZP},setsar=1[v2];
[v0][v1]xfade=transition=fade:duration=${XF_S}:offset=${OFF1}[v01];
[v01][v2]xfade=transition=fade:duration=${XF_S}:offset=${OFF2},
  trim=end_frame=${TOTAL_FRAMES},fade=t=out:st=${FADEOUT_ST}:d=0.8,
  scale=out_color_matrix=bt709:out_range=tv,format=yuv420p[v]
"

echo "==> harbour briefing: rendering picture"
# Render the picture once losslessly, then encode it twice (H.264 and VP9).
"${FF[@]}" -i "$IMG/world-2.jpg" -i "$IMG/travel-2.jpg" -i "$IMG/world-1.jpg" \
  -filter_complex "$FILTER" -map '[v]' \
  -c:v ffv1 -threads 1 "${BITEXACT[@]}" "$WORK/picture.mkv"

COLOR=(-colorspace bt709 -color_primaries bt709 -color_trc bt709 -color_range tv)

echo "==> harbour-briefing.mp4"
"${FF[@]}" -i "$WORK/picture.mkv" -i "$WORK/harbour.wav" -map 0:v -map 1:a \
  -c:v libx264 -preset medium -crf 27 \
  -profile:v high -level:v 3.1 -pix_fmt yuv420p -g 50 -threads 2 "${COLOR[@]}" \
  -c:a aac -b:a 64k -ac 1 -ar 48000 \
  -shortest -movflags +faststart "${BITEXACT[@]}" "$OUT/harbour-briefing.mp4"

echo "==> harbour-briefing.webm"
"${FF[@]}" -i "$WORK/picture.mkv" -i "$WORK/harbour.wav" -map 0:v -map 1:a \
  -c:v libvpx-vp9 -crf 38 -b:v 0 -deadline good -cpu-used 4 -row-mt 1 -tile-columns 1 \
  -threads 2 -g 50 -pix_fmt yuv420p "${COLOR[@]}" \
  -c:a libopus -b:a 48k -ac 1 -ar 48000 \
  -shortest "${BITEXACT[@]}" "$OUT/harbour-briefing.webm"

echo "==> harbour-briefing-poster.jpg"
# First frame of the video (zoompan starts at zoom 1.0, so this is the whole
# harbour illustration), taken from the lossless render to avoid H.264 artefacts.
# Converted via RGB because JPEG viewers assume the BT.601 full-range matrix.
"${FF[@]}" -i "$WORK/picture.mkv" -frames:v 1 \
  -vf "scale=in_color_matrix=bt709:in_range=tv,format=gbrp,scale=out_color_matrix=bt601:out_range=pc,format=yuvj420p" \
  -c:v mjpeg -q:v 3 "${BITEXACT[@]}" "$OUT/harbour-briefing-poster.jpg"

cp "$WORK/harbour.vtt" "$OUT/harbour-briefing.vtt"

# ---------------------------------------------------------------------------
# 2. Culture interview audio
# ---------------------------------------------------------------------------
echo "==> culture interview: narration"
build_track culture 300 "$CULTURE_SCRIPT"
append_silence "$WORK/culture.raw" 700
"${FF[@]}" -f s16le -ar "$RATE" -ac 1 -i "$WORK/culture.raw" "$WORK/culture.wav"

echo "==> culture-interview.mp3"
"${FF[@]}" -i "$WORK/culture.wav" -c:a libmp3lame -b:a 64k -ac 1 -ar 44100 \
  "${BITEXACT[@]}" "$OUT/culture-interview.mp3"

echo "==> culture-interview.ogg"
"${FF[@]}" -i "$WORK/culture.wav" -c:a libopus -b:a 32k -ac 1 -ar 48000 -application voip \
  "${BITEXACT[@]}" "$OUT/culture-interview.ogg"

cp "$WORK/culture.vtt" "$OUT/culture-interview.vtt"

# ---------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------
echo "==> done"
for f in harbour-briefing.mp4 harbour-briefing.webm harbour-briefing-poster.jpg harbour-briefing.vtt \
         culture-interview.mp3 culture-interview.ogg culture-interview.vtt; do
  dur=""
  case "$f" in
    *.mp4|*.webm|*.mp3|*.ogg)
      dur=$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$OUT/$f")s ;;
  esac
  printf '    %-30s %8s bytes  %s\n' "$f" "$(stat -c %s "$OUT/$f")" "$dur"
done
