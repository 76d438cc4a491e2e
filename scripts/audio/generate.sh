#!/usr/bin/env bash
# Rebuilds assets/audio/ (every .ogg and .mp3) from the generator scripts; needs sox and ffmpeg (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in sox ffmpeg node; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "generate.sh: $tool is missing; on Debian: apt-get install -y sox libsox-fmt-all ffmpeg" >&2
    exit 1
  fi
done
# Optional arguments: only rebuild the named files, e.g. `bash scripts/audio/generate.sh sfx-knock`.
node scripts/audio/generate.mjs "$@"
