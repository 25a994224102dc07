#!/usr/bin/env bash
# Fails when a user-visible string has no finished translation.
#
# Runs lupdate over every layer that shows text (the same folders as src/i18n/CMakeLists.txt) into
# a temporary copy of each resources/translations/huichang_<lang>.ts, so new or changed source
# strings show up as unfinished without touching the repository, then fails if any entry is
# unfinished or empty. It also fails on calls of the translation wrappers tr("…") / trServices("…")
# in src/services, src/cli and src/report, whose texts lupdate cannot see or files under another
# context (write QCoreApplication::translate("hc::services" / "hc::cli" / "hc::report", "…")).
#
# Usage: tools/check-translations.sh [path/to/lupdate]     (ctest: TranslationsComplete)
# To fix: cmake --build <build-dir> --target update_translations, translate in Qt Linguist
# (linguist resources/translations/huichang_en.ts), mark the entries finished, run this again.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="${1:-${LUPDATE:-}}"
if [[ -z "$lupdate" ]]; then
    for candidate in lupdate lupdate6 /usr/lib/qt6/bin/lupdate /usr/lib/qt6/libexec/lupdate; do
        if command -v "$candidate" >/dev/null 2>&1; then
            lupdate="$(command -v "$candidate")"
            break
        fi
    done
fi
if [[ -z "$lupdate" || ! -x "$lupdate" ]]; then
    echo "check-translations: FAILED, lupdate not found (install qt6-l10n-tools: tools/install-deps.sh)"
    exit 1
fi

cd "$root"
scan=()
for dir in src/app src/ui src/services src/cli src/domain src/report ui; do
    [[ -d "$dir" ]] && scan+=("$dir")
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
status=0

# Wrapper calls whose texts lupdate cannot extract, or extracts under a context (the enclosing
# class or namespace) other than the one the wrapper translates in at run time.
hidden="$(grep -nE '(^|[^[:alnum:]_:.>])(tr|trServices|ReportLabels::tr)\("' \
    src/services/*.cpp src/services/*.h src/cli/*.cpp src/cli/*.h \
    src/report/*.cpp src/report/*.h 2>/dev/null || true)"
if [[ -n "$hidden" ]]; then
    echo "check-translations: texts hidden from lupdate or extracted under the wrong context"
    echo "(write QCoreApplication::translate(\"hc::services\" / \"hc::cli\" / \"hc::report\", \"…\")):"
    echo "$hidden"
    status=1
fi

for ts in resources/translations/huichang_*.ts; do
    copy="$tmp/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" -locations none "${scan[@]}" -ts "$copy" >"$tmp/lupdate.log" 2>&1 || {
        cat "$tmp/lupdate.log"
        exit 1
    }
    # Texts lupdate could not file under a context are missing from the .ts and stay Chinese in
    # every other language (e.g. tr() in a function defined through a type alias).
    lost="$(grep -E 'cannot be called without context|unknown namespace/class' "$tmp/lupdate.log" || true)"
    if [[ -n "$lost" ]]; then
        echo "check-translations: lupdate could not extract these texts:"
        echo "$lost"
        status=1
    fi
    # Entries lupdate added or whose source changed are type="unfinished"; empty ones have no text.
    bad="$(awk '
        /<context>/ { ctx = "" }
        /<name>/ { if (ctx == "") { ctx = $0; gsub(/.*<name>|<\/name>.*/, "", ctx) } }
        /<source>/ { src = $0; gsub(/.*<source>|<\/source>.*/, "", src) }
        /type="unfinished"/ { print "  unfinished  " ctx "  " src; next }
        /<translation><\/translation>|<translation\/>|<numerusform><\/numerusform>/ {
            print "  empty       " ctx "  " src
        }' "$copy")"
    if [[ -n "$bad" ]]; then
        echo "check-translations: $ts has $(grep -c . <<<"$bad") untranslated entries:"
        echo "$bad"
        status=1
    else
        echo "check-translations: $ts complete ($(grep -c '<source>' "$copy") strings)"
    fi
done
exit $status
