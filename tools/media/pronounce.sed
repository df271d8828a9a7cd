# Spelling fixes applied only to what espeak-ng speaks; transcripts and captions keep the script's text.
s/\b999\b/nine nine nine/g
s/\b55\b/five five/g
s/\b[Mm]m\b/Hmm/g
