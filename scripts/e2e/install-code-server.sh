#!/usr/bin/env bash
# Installs code-server (which bundles the VS Code server and web workbench) into a cache folder
# outside node_modules, so the end-to-end tests have a real VS Code without any download but the
# npm registry. It is far too big to be a dependency of the extension.
#
# Usage: bash scripts/e2e/install-code-server.sh      prints the install folder on its last line
# Env:   E2E_CODE_SERVER_DIR  where to install (default ~/.cache/diplomatic-annotator/code-server-VERSION)
#
# Needs (Debian): build-essential python3 libkrb5-dev (kerberos, argon2, node-pty, spdlog build from
# source) and ripgrep (seeds @vscode/ripgrep's download cache so its postinstall never asks GitHub).
set -euo pipefail

# 4.100.3 (VS Code 1.100.3) is the newest code-server that runs on Node 20.
VERSION=4.100.3
# The @vscode/ripgrep version pinned by that code-server's lib/vscode/npm-shrinkwrap.json, and
# the asset its postinstall looks for (lib/postinstall.js VERSION and getTarget()).
RIPGREP_PKG_VERSION=1.15.11
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

DIR="${E2E_CODE_SERVER_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/diplomatic-annotator/code-server-$VERSION}"
MAIN="$DIR/node_modules/code-server/lib/vscode/out/server-main.js"
MARKER="$DIR/.installed"

if [[ -f "$MARKER" && -f "$MAIN" ]]; then
	echo "code-server $VERSION already installed"
	echo "$DIR"
	exit 0
fi

if [[ "$(node -p 'process.versions.node.split(".")[0]')" != 20 ]]; then
	echo "code-server $VERSION needs Node 20; found $(node --version)" >&2
	exit 1
fi
RG="$(command -v rg || true)"
if [[ -z "$RG" ]]; then
	echo "ripgrep (rg) is needed to seed @vscode/ripgrep's cache: apt-get install ripgrep" >&2
	exit 1
fi
for tool in krb5-config make g++ python3; do
	if ! command -v "$tool" >/dev/null; then
		echo "$tool is missing; code-server's native modules build from source: apt-get install libkrb5-dev build-essential python3" >&2
		exit 1
	fi
done
if [[ "$(uname -m)" != x86_64 ]]; then
	echo "only x86_64 Linux is handled (the seeded ripgrep asset name is for that target)" >&2
	exit 1
fi

rm -rf "$DIR"
mkdir -p "$DIR/tmp"
# @vscode/ripgrep's download.js caches assets in os.tmpdir()/vscode-ripgrep-cache-<pkg version>/
# and, when the asset is there, untars it instead of calling the GitHub API. The tarball must hold
# `rg` at its root.
CACHE="$DIR/tmp/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
mkdir -p "$CACHE/rg-stage"
cp "$RG" "$CACHE/rg-stage/rg"
tar czf "$CACHE/$RIPGREP_ASSET" -C "$CACHE/rg-stage" rg
rm -rf "$CACHE/rg-stage"

cd "$DIR"
echo '{ "private": true }' > package.json
# unsafe_perm: code-server's postinstall refuses to run as root without it (CI runs as root).
# yes: no prompt from the nested `npm install` calls the postinstall makes.
# build_from_source: prebuild-install and node-pre-gyp skip their GitHub download and build locally.
TMPDIR="$DIR/tmp" npm_config_unsafe_perm=true npm_config_yes=true npm_config_build_from_source=true \
	npm install --no-audit --no-fund --no-save --loglevel=warn "code-server@$VERSION" </dev/null

test -f "$MAIN"
test -x "$DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
rm -rf "$DIR/tmp"
touch "$MARKER"
echo "code-server $VERSION installed"
echo "$DIR"
