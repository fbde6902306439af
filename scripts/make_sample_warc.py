#!/usr/bin/env python3
"""Build the sample WARC files for the Dossier example corpus.

What it makes
-------------
``examples/warc/crawl.warc.gz``: a WARC/1.0 file in which every record is its own
gzip member, the way crawlers such as Heritrix or wget write ``.warc.gz`` files.
``examples/warc/crawl.warc`` holds the same records uncompressed. Decompressing the
``.gz`` file gives exactly the bytes of the ``.warc`` file.

The file holds 9 records, in this order:

1. ``warcinfo``
2. ``request`` and ``response`` for three invented German news pages (6 records).
   Each response block is a full HTTP/1.1 response with
   ``Content-Type: text/html; charset=utf-8`` and an exact ``Content-Length``.
3. ``response`` for a ``robots.txt`` (``text/plain``), a non-HTML resource
4. ``metadata`` (outlinks and other crawl data for the first page)

All outlets, persons and domains (``*.example``) are invented. Record IDs are
fixed UUIDs (uuid5 over a fixed namespace), dates are fixed and the gzip headers
use mtime=0. Running the script twice therefore gives byte-identical files.

How to rerun
------------
From the repository root::

    python3 scripts/make_sample_warc.py              # write both files, then verify them
    python3 scripts/make_sample_warc.py --check      # only verify the existing files
    python3 scripts/make_sample_warc.py --out-dir /tmp/warc-test

Only the Python 3 standard library is needed (tested with 3.11). After writing,
the script reads both files back. It checks the record count and order, each
Content-Length, the block digests, the HTTP Content-Length of every response, and
that each gzip member holds exactly one record. If any check fails it exits non-zero.
"""

import argparse
import base64
import gzip
import hashlib
import struct
import sys
import uuid
import zlib
from pathlib import Path

WARC_VERSION = b"WARC/1.0"
CRLF = b"\r\n"
UUID_NAMESPACE = uuid.UUID("6f1c2d3e-4a5b-5c6d-8e7f-0123456789ab")  # fixed, arbitrary
GZ_NAME = "crawl.warc.gz"
PLAIN_NAME = "crawl.warc"
USER_AGENT = "DossierSampleCrawler/0.1 (+https://dossier.example/bot)"

# ---------------------------------------------------------------------------
# The three invented article pages
# ---------------------------------------------------------------------------

PAGE_HAFENKURIER = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Dänemark und Schleswig-Holstein planen gemeinsame Wasserstoffleitung | Hafenkurier Ostsee</title>
<meta name="description" content="Kiel und Kopenhagen wollen bis 2030 eine Wasserstoffleitung über die Grenze bauen. Ministerpräsidentin Thamsen spricht von einem Signal für den Norden.">
<meta property="og:title" content="Dänemark und Schleswig-Holstein planen gemeinsame Wasserstoffleitung">
<meta property="og:site_name" content="Hafenkurier Ostsee">
<meta property="og:url" content="https://www.hafenkurier-ostsee.example/politik/daenemark-wasserstoffleitung-kiel">
<meta property="article:published_time" content="2025-01-22T06:45:00+01:00">
<link rel="canonical" href="https://www.hafenkurier-ostsee.example/politik/daenemark-wasserstoffleitung-kiel">
<style>body{font-family:Georgia,serif;max-width:760px;margin:auto}nav a{margin-right:.8em}footer{font-size:.8em;color:#666}</style>
</head>
<body>
<header>
  <a href="/" class="logo">Hafenkurier Ostsee</a>
  <nav><a href="/">Start</a><a href="/kiel/">Kiel</a><a href="/luebeck/">Lübeck</a><a href="/politik/">Politik</a><a href="/wirtschaft/">Wirtschaft</a><a href="/hafen/">Hafen &amp; Schifffahrt</a><a href="/sport/">Sport</a><a href="/abo/">Abo</a></nav>
</header>
<main>
<article>
  <h1>Dänemark und Schleswig-Holstein planen gemeinsame Wasserstoffleitung</h1>
  <p class="byline">Von Gesa Petersen-Ohlsen, Kiel</p>
  <p>Schleswig-Holstein und Dänemark wollen bis 2030 eine gemeinsame Leitung für grünen Wasserstoff bauen. Eine entsprechende Absichtserklärung unterzeichneten Ministerpräsidentin Ulrike Thamsen und der dänische Energieminister Søren Kjærgaard-Holm am Dienstag in Kiel.</p>
  <p>Die Leitung soll Elektrolyseanlagen an der dänischen Westküste mit Industriebetrieben in Norddeutschland verbinden. „Wir bauen keine Grenze aus Stahl, sondern eine Brücke“, sagte Thamsen nach der Unterzeichnung im Landeshaus. Kjærgaard-Holm erklärte, Dänemark sehe in Norddeutschland seinen wichtigsten Abnehmer.</p>
  <p>Über die Kosten wurde bei dem Treffen noch nicht gesprochen. Aus Regierungskreisen hieß es, man rechne mit einem Betrag im niedrigen einstelligen Milliardenbereich, der zu einem erheblichen Teil aus EU-Mitteln finanziert werden solle. Beide Seiten seien sich einig, dass die Planungsverfahren deutlich schneller werden müssten.</p>
  <p>Umweltverbände begrüßten das Vorhaben grundsätzlich, forderten aber eine sorgfältige Prüfung der Trasse durch das Wattenmeer. Die Sprecherin eines Naturschutzbündnisses, Inken Hansen-Brodersen, sagte, man werde „jeden Kilometer genau anschauen“.</p>
  <p>Eine gemeinsame Arbeitsgruppe soll bis zum Sommer einen Vorschlag für den Verlauf der Leitung vorlegen.</p>
</article>
</main>
<footer>
  <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · <a href="/kontakt/">Kontakt</a>
  <p>© Hafenkurier Ostsee Medien GmbH</p>
</footer>
</body>
</html>
"""

PAGE_MAINBOGEN = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Indiens Außenminister wirbt in Frankfurt um Fachkräfte-Abkommen | Mainbogen Post</title>
<meta name="description" content="Bei seinem Besuch in Frankfurt spricht sich Außenminister Rajesh Venkataraman für schnellere Visaverfahren aus.">
<meta property="og:title" content="Indiens Außenminister wirbt in Frankfurt um Fachkräfte-Abkommen">
<meta property="og:site_name" content="Mainbogen Post">
<meta property="og:url" content="https://mainbogen-post.example/nachrichten/frankfurt/indien-aussenminister-fachkraefte-besuch">
<link rel="canonical" href="https://mainbogen-post.example/nachrichten/frankfurt/indien-aussenminister-fachkraefte-besuch">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Indiens Außenminister wirbt in Frankfurt um Fachkräfte-Abkommen","datePublished":"2024-09-05T16:20:00+02:00","author":{"@type":"Person","name":"Kai-Uwe Reinhold"},"publisher":{"@type":"Organization","name":"Mainbogen Post"}}
</script>
<style>body{font-family:Arial,sans-serif;margin:0}header,main,footer{padding:1em 2em}nav ul{display:flex;gap:1em;list-style:none;padding:0}</style>
</head>
<body>
<header>
  <div class="brand">Mainbogen Post</div>
  <nav><ul><li><a href="/">Nachrichten</a></li><li><a href="/nachrichten/frankfurt/">Frankfurt</a></li><li><a href="/nachrichten/offenbach/">Offenbach</a></li><li><a href="/nachrichten/hanau/">Hanau</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li><li><a href="/eintracht/">Eintracht</a></li><li><a href="/kultur/">Kultur</a></li></ul></nav>
</header>
<main>
<article>
  <h1>Indiens Außenminister wirbt in Frankfurt um Fachkräfte-Abkommen</h1>
  <p class="autor">Von Kai-Uwe Reinhold</p>
  <p>Der indische Außenminister Rajesh Venkataraman hat bei einem Besuch in Frankfurt für ein umfassendes Abkommen über die Anwerbung von Fachkräften geworben. Indien könne einen wichtigen Beitrag gegen den Personalmangel in Deutschland leisten, sagte er am Donnerstag vor Vertretern der hessischen Wirtschaft.</p>
  <p>„Unsere jungen Ingenieurinnen und Pflegekräfte wollen kommen, aber sie warten monatelang auf einen Termin“, sagte Venkataraman in der Industrie- und Handelskammer. Die Visaverfahren müssten deutlich schneller werden. Er kündigte an, Indien werde zusätzliche Sprachkurse in Pune und Chennai finanzieren.</p>
  <p>Hessens Europaminister Bernd Leimbach-Sauer sagte zu, sich in Berlin für vereinfachte Verfahren einzusetzen. Man sei sich einig, dass beide Seiten profitieren könnten, erklärte er nach dem Treffen. Bereits im Herbst 2023 hatten beide Länder eine Vereinbarung zur Migration unterzeichnet, die Umsetzung verläuft aber schleppend.</p>
  <p>Am Abend traf Venkataraman Vertreter der indischen Gemeinde in Frankfurt. Die Vorsitzende eines deutsch-indischen Kulturvereins, Priya Nair-Schubert, sagte, viele Familien lebten seit Jahrzehnten im Rhein-Main-Gebiet. »Wir sind längst ein Teil dieser Stadt«, sagte sie.</p>
  <p>Der Minister reist am Freitag weiter nach Brüssel, wo er Gespräche mit der EU-Kommission führen will.</p>
</article>
</main>
<footer>
  <nav><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a> | <a href="/agb">AGB</a></nav>
  <p>Mainbogen Post – Ihre Zeitung für Frankfurt und die Region</p>
</footer>
</body>
</html>
"""

PAGE_GRENZLAND = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Dreiländertreffen in Zittau: Grenzpendler sollen schneller über die Neiße | Grenzland Depesche</title>
<meta name="description" content="Sachsen, Polen und Tschechien vereinbaren bessere Bahnverbindungen und gemeinsame Stellenbörsen für Grenzpendler.">
<meta name="date" content="2025-01-27">
<meta property="og:title" content="Dreiländertreffen in Zittau: Grenzpendler sollen schneller über die Neiße">
<meta property="og:site_name" content="Grenzland Depesche">
<meta property="og:url" content="https://www.grenzland-depesche.example/lausitz/2025/01/27/dreilaendertreffen-zittau-grenzpendler">
<link rel="canonical" href="https://www.grenzland-depesche.example/lausitz/2025/01/27/dreilaendertreffen-zittau-grenzpendler">
<style>body{font-family:"Segoe UI",sans-serif;background:#fdfdfb}nav a{padding:0 .5em}.meta{color:#777;font-size:.9em}</style>
</head>
<body>
<div class="cookie-hinweis">Diese Website verwendet Cookies. <a href="/datenschutz">Mehr erfahren</a> <button>OK</button></div>
<header>
  <a href="/"><strong>Grenzland Depesche</strong></a>
  <nav><a href="/lausitz/">Lausitz</a><a href="/goerlitz/">Görlitz</a><a href="/zittau/">Zittau</a><a href="/sachsen/">Sachsen</a><a href="/nachbarn/">Polen &amp; Tschechien</a><a href="/sport/">Sport</a><a href="/service/">Service</a></nav>
</header>
<main>
<article>
  <h1>Dreiländertreffen in Zittau: Grenzpendler sollen schneller über die Neiße</h1>
  <p class="meta">Von Jakub Horák-Lehmann · <time datetime="2025-01-27T11:05:00+01:00">27.01.2025</time></p>
  <p>Sachsen, Polen und Tschechien wollen es Berufspendlern im Dreiländereck leichter machen. Bei einem Treffen in Zittau vereinbarten Vertreter der drei Länder am Montag bessere Bahnverbindungen, eine gemeinsame Stellenbörse und eine Beratungsstelle für Steuer- und Sozialversicherungsfragen.</p>
  <p>Sachsens Staatsminister für Regionalentwicklung, Friedemann Rößler, sprach von einem „Alltagsabkommen“. Es gehe nicht um große Politik, sondern um Menschen, die jeden Morgen über die Grenze zur Arbeit führen. Rund 14.000 Menschen pendeln nach Angaben der Landesregierung täglich aus Polen und Tschechien nach Sachsen.</p>
  <p>Die tschechische Vizeministerin Jana Dvořáková-Malá kündigte an, die Bahnlinie zwischen Liberec und Zittau ab Dezember im Stundentakt zu bedienen. Der polnische Woiwodschaftsvertreter Marek Kowalczyk-Nowak sagte, man habe vergangene Woche bereits Gelder für einen neuen Busanschluss in Bogatynia freigegeben.</p>
  <p>Gewerkschaften begrüßten die Pläne, forderten aber gleiche Löhne für gleiche Arbeit. Die Beratungsstelle soll im Frühjahr in Zittau öffnen und Auskunft in allen drei Sprachen geben.</p>
</article>
</main>
<footer>
  <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/barrierefreiheit">Barrierefreiheit</a>
  <p>Grenzland Depesche – Nachrichten aus dem Dreiländereck</p>
</footer>
</body>
</html>
"""

ROBOTS_TXT = """# robots.txt for mainbogen-post.example
User-agent: *
Disallow: /suche/
Disallow: /login/
Allow: /

User-agent: DossierSampleCrawler
Crawl-delay: 2

Sitemap: https://mainbogen-post.example/sitemap-news.xml
"""

# (url, html, WARC-Date of request/response, HTTP Date header, server, ip)
PAGES = [
    (
        "https://www.hafenkurier-ostsee.example/politik/daenemark-wasserstoffleitung-kiel",
        PAGE_HAFENKURIER,
        "2025-04-02T08:15:01Z",
        "Wed, 02 Apr 2025 08:15:01 GMT",
        "nginx",
        "192.0.2.10",
    ),
    (
        "https://mainbogen-post.example/nachrichten/frankfurt/indien-aussenminister-fachkraefte-besuch",
        PAGE_MAINBOGEN,
        "2025-04-02T08:15:07Z",
        "Wed, 02 Apr 2025 08:15:07 GMT",
        "Apache",
        "198.51.100.24",
    ),
    (
        "https://www.grenzland-depesche.example/lausitz/2025/01/27/dreilaendertreffen-zittau-grenzpendler",
        PAGE_GRENZLAND,
        "2025-04-02T08:15:12Z",
        "Wed, 02 Apr 2025 08:15:12 GMT",
        "cloudfront-like/1.0",
        "203.0.113.77",
    ),
]
ROBOTS_URL = "https://mainbogen-post.example/robots.txt"

# ---------------------------------------------------------------------------
# Record building
# ---------------------------------------------------------------------------


def record_id(label):
    """A fixed <urn:uuid:...> for a record label (deterministic uuid5)."""
    return "<urn:uuid:%s>" % uuid.uuid5(UUID_NAMESPACE, "dossier-sample-crawl/" + label)


def sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def build_record(headers, block):
    """headers: list of (name, value), without Content-Length. Returns bytes."""
    lines = [WARC_VERSION]
    for name, value in headers:
        lines.append(("%s: %s" % (name, value)).encode("utf-8"))
    lines.append(("Content-Length: %d" % len(block)).encode("ascii"))
    return CRLF.join(lines) + CRLF + CRLF + block + CRLF + CRLF


def split_url(url):
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    return host, "/" + path


def http_request(url):
    host, path = split_url(url)
    lines = [
        "GET %s HTTP/1.1" % path,
        "Host: %s" % host,
        "User-Agent: %s" % USER_AGENT,
        "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "Accept-Language: de-DE,de;q=0.9,en;q=0.5",
        "Accept-Encoding: identity",
        "Connection: close",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")


def http_response(body, content_type, date, server):
    lines = [
        "HTTP/1.1 200 OK",
        "Date: %s" % date,
        "Server: %s" % server,
        "Content-Type: %s" % content_type,
        "Content-Length: %d" % len(body),
        "Cache-Control: max-age=300",
        "Connection: close",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body


def build_records():
    records = []  # list of (label, bytes)
    info_id = record_id("warcinfo")
    info_block = (
        "software: make_sample_warc.py (Dossier sample corpus, Python standard library)\r\n"
        "format: WARC File Format 1.0\r\n"
        "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/\r\n"
        "isPartOf: dossier-sample-crawl\r\n"
        "description: Invented German news pages for testing the Dossier WARC importer\r\n"
        "robots: obey\r\n"
        "http-header-user-agent: %s\r\n" % USER_AGENT
    ).encode("utf-8")
    records.append(("warcinfo", build_record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Record-ID", info_id),
        ("WARC-Date", "2025-04-02T08:15:00Z"),
        ("WARC-Filename", GZ_NAME),
        ("Content-Type", "application/warc-fields"),
    ], info_block)))

    first_response_id = None
    for i, (url, html, warc_date, http_date, server, ip) in enumerate(PAGES, start=1):
        req_id = record_id("request-%d" % i)
        resp_id = record_id("response-%d" % i)
        if first_response_id is None:
            first_response_id = resp_id
        req_block = http_request(url)
        body = html.encode("utf-8")
        resp_block = http_response(body, "text/html; charset=utf-8", http_date, server)
        records.append(("request-%d" % i, build_record([
            ("WARC-Type", "request"),
            ("WARC-Record-ID", req_id),
            ("WARC-Date", warc_date),
            ("WARC-Target-URI", url),
            ("WARC-Concurrent-To", resp_id),
            ("WARC-Warcinfo-ID", info_id),
            ("WARC-Block-Digest", sha1_b32(req_block)),
            ("Content-Type", "application/http; msgtype=request"),
        ], req_block)))
        records.append(("response-%d" % i, build_record([
            ("WARC-Type", "response"),
            ("WARC-Record-ID", resp_id),
            ("WARC-Date", warc_date),
            ("WARC-Target-URI", url),
            ("WARC-IP-Address", ip),
            ("WARC-Warcinfo-ID", info_id),
            ("WARC-Block-Digest", sha1_b32(resp_block)),
            ("WARC-Payload-Digest", sha1_b32(body)),
            ("Content-Type", "application/http; msgtype=response"),
        ], resp_block)))

    robots_body = ROBOTS_TXT.encode("utf-8")
    robots_block = http_response(robots_body, "text/plain; charset=utf-8",
                                 "Wed, 02 Apr 2025 08:15:05 GMT", "Apache")
    records.append(("response-robots", build_record([
        ("WARC-Type", "response"),
        ("WARC-Record-ID", record_id("response-robots")),
        ("WARC-Date", "2025-04-02T08:15:05Z"),
        ("WARC-Target-URI", ROBOTS_URL),
        ("WARC-IP-Address", "198.51.100.24"),
        ("WARC-Warcinfo-ID", info_id),
        ("WARC-Block-Digest", sha1_b32(robots_block)),
        ("WARC-Payload-Digest", sha1_b32(robots_body)),
        ("Content-Type", "application/http; msgtype=response"),
    ], robots_block)))

    meta_block = (
        "via: https://www.hafenkurier-ostsee.example/politik/\r\n"
        "hopsFromSeed: L\r\n"
        "fetchTimeMs: 184\r\n"
        "charsetForLinkExtraction: UTF-8\r\n"
        "outlink: https://www.hafenkurier-ostsee.example/kiel/ L a/@href\r\n"
        "outlink: https://www.hafenkurier-ostsee.example/politik/ L a/@href\r\n"
        "outlink: https://www.hafenkurier-ostsee.example/impressum/ L a/@href\r\n"
        "outlink: https://www.hafenkurier-ostsee.example/datenschutz/ L a/@href\r\n"
    ).encode("utf-8")
    records.append(("metadata-1", build_record([
        ("WARC-Type", "metadata"),
        ("WARC-Record-ID", record_id("metadata-1")),
        ("WARC-Date", "2025-04-02T08:15:01Z"),
        ("WARC-Target-URI", PAGES[0][0]),
        ("WARC-Refers-To", first_response_id),
        ("WARC-Warcinfo-ID", info_id),
        ("WARC-Block-Digest", sha1_b32(meta_block)),
        ("Content-Type", "application/warc-fields"),
    ], meta_block)))
    return records


def gzip_member(data):
    """One deterministic gzip member: mtime=0, no file name, OS byte 255 (unknown)."""
    header = b"\x1f\x8b\x08\x00" + struct.pack("<I", 0) + b"\x02\xff"
    comp = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    deflated = comp.compress(data) + comp.flush()
    trailer = struct.pack("<II", zlib.crc32(data) & 0xFFFFFFFF, len(data) & 0xFFFFFFFF)
    return header + deflated + trailer


# ---------------------------------------------------------------------------
# Self-check: parse the output back
# ---------------------------------------------------------------------------


class CheckError(Exception):
    pass


def parse_records(data):
    """Parse concatenated uncompressed WARC records; yields (headers dict, block)."""
    pos = 0
    out = []
    while pos < len(data):
        end = data.find(CRLF + CRLF, pos)
        if end < 0:
            raise CheckError("unterminated header block at offset %d" % pos)
        head = data[pos:end].split(CRLF)
        if head[0] != WARC_VERSION:
            raise CheckError("bad version line %r at offset %d" % (head[0], pos))
        headers = {}
        for line in head[1:]:
            name, sep, value = line.decode("utf-8").partition(":")
            if not sep:
                raise CheckError("malformed header line %r" % line)
            headers[name.strip().lower()] = value.strip()
        for required in ("warc-type", "warc-record-id", "warc-date", "content-length"):
            if required not in headers:
                raise CheckError("missing %s at offset %d" % (required, pos))
        length = int(headers["content-length"])
        start = end + 4
        block = data[start:start + length]
        if len(block) != length:
            raise CheckError("truncated block for %s" % headers["warc-record-id"])
        if data[start + length:start + length + 4] != CRLF + CRLF:
            raise CheckError("record %s not followed by CRLF CRLF" % headers["warc-record-id"])
        if "warc-block-digest" in headers and headers["warc-block-digest"] != sha1_b32(block):
            raise CheckError("block digest mismatch for %s" % headers["warc-record-id"])
        out.append((headers, block))
        pos = start + length + 4
    return out


def split_gzip_members(data):
    members = []
    while data:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        members.append(d.decompress(data) + d.flush())
        if not d.eof:
            raise CheckError("truncated gzip member")
        data = d.unused_data
    return members


def check_http_response(headers, block):
    head, sep, body = block.partition(b"\r\n\r\n")
    if not sep:
        raise CheckError("HTTP response without header/body separator")
    lines = head.decode("iso-8859-1").split("\r\n")
    if not lines[0].startswith("HTTP/1.1 200"):
        raise CheckError("unexpected status line %r" % lines[0])
    fields = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        fields[k.strip().lower()] = v.strip()
    if int(fields["content-length"]) != len(body):
        raise CheckError("HTTP Content-Length mismatch for %s" % headers["warc-target-uri"])
    if "warc-payload-digest" in headers and headers["warc-payload-digest"] != sha1_b32(body):
        raise CheckError("payload digest mismatch for %s" % headers["warc-target-uri"])
    return fields["content-type"], body


EXPECTED_TYPES = ["warcinfo", "request", "response", "request", "response",
                  "request", "response", "response", "metadata"]


def verify(plain_path, gz_path):
    plain = plain_path.read_bytes()
    gz = gz_path.read_bytes()
    records = parse_records(plain)
    types = [h["warc-type"] for h, _ in records]
    if types != EXPECTED_TYPES:
        raise CheckError("unexpected record types %r" % types)
    ids = [h["warc-record-id"] for h, _ in records]
    if len(set(ids)) != len(ids):
        raise CheckError("duplicate record ids")

    members = split_gzip_members(gz)
    if len(members) != len(records):
        raise CheckError("%d gzip members for %d records" % (len(members), len(records)))
    for member, (headers, block) in zip(members, records):
        parsed = parse_records(member)
        if len(parsed) != 1 or parsed[0][1] != block:
            raise CheckError("gzip member does not hold exactly record %s" % headers["warc-record-id"])
    if gzip.decompress(gz) != plain:
        raise CheckError("decompressed .warc.gz differs from .warc")

    html_pages = 0
    for headers, block in records:
        ctype = headers.get("content-type", "")
        if headers["warc-type"] == "response":
            if ctype != "application/http; msgtype=response":
                raise CheckError("bad response Content-Type %r" % ctype)
            body_type, body = check_http_response(headers, block)
            if body_type.startswith("text/html"):
                text = body.decode("utf-8")
                for needle in ("<title>", "og:site_name", "<nav", "<footer"):
                    if needle not in text:
                        raise CheckError("%s lacks %s" % (headers["warc-target-uri"], needle))
                if not 2000 <= len(body) <= 6000:
                    raise CheckError("page %s is %d bytes" % (headers["warc-target-uri"], len(body)))
                html_pages += 1
        elif headers["warc-type"] == "request":
            if ctype != "application/http; msgtype=request":
                raise CheckError("bad request Content-Type %r" % ctype)
    if html_pages != 3:
        raise CheckError("expected 3 HTML responses, found %d" % html_pages)

    print("OK: %s (%d bytes) and %s (%d bytes): %d records, %d gzip members, %d HTML pages"
          % (plain_path.name, len(plain), gz_path.name, len(gz), len(records), len(members), html_pages))
    for headers, block in records:
        print("  %-9s %6d bytes  %s" % (headers["warc-type"], len(block),
                                        headers.get("warc-target-uri", headers.get("warc-filename", ""))))


def main(argv=None):
    default_out = Path(__file__).resolve().parent.parent / "examples" / "warc"
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out-dir", type=Path, default=default_out,
                    help="target directory (default: %(default)s)")
    ap.add_argument("--check", action="store_true",
                    help="only verify existing files, do not write")
    args = ap.parse_args(argv)

    plain_path = args.out_dir / PLAIN_NAME
    gz_path = args.out_dir / GZ_NAME
    if not args.check:
        args.out_dir.mkdir(parents=True, exist_ok=True)
        records = build_records()
        plain_path.write_bytes(b"".join(block for _, block in records))
        gz_path.write_bytes(b"".join(gzip_member(block) for _, block in records))
    try:
        verify(plain_path, gz_path)
    except (CheckError, OSError, ValueError, KeyError, zlib.error) as exc:
        print("FAILED: %s" % exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
