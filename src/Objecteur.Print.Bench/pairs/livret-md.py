#!/usr/bin/env python3
"""pandoc's side of the pair: the booklet (content/livret/) as the Markdown someone would write
for pandoc + LuaLaTeX. Titles become headings, every text becomes paragraphs, in file order;
no imposition and no print guide, which pandoc does not make. Usage: livret-md.py KIT > livret.md"""
import os
import sys

import yaml

HEADINGS = {"titre": 1, "titre_court": None, "sous_titre": 2}
TEXTS = ("texte", "presentation", "chapeau", "citation", "detail", "aide", "sens", "licence")


def emit(node, depth, out, folder):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("source", "sources", "fichier", "visuel") or HEADINGS.get(key, 0) is None:
                continue
            if isinstance(value, str) and value.endswith(".yaml"):
                value = yaml.safe_load(open(os.path.join(folder, value), encoding="utf-8"))
            if isinstance(value, list) and value and isinstance(value[0], dict) and key not in ("paragraphes", "entrees"):
                out.append("#" * min(depth + 2, 4) + " " + key.replace("_", " ").capitalize() + "\n")
            if key in HEADINGS and isinstance(value, str):
                out.append("#" * min(depth + HEADINGS[key], 4) + " " + value.strip() + "\n")
            elif key == "sigle" and isinstance(value, str):
                out.append("**" + value.strip() + "** ")
            elif isinstance(value, str) and (key in TEXTS or len(value) > 40):
                out.append(value.strip() + "\n")
            else:
                emit(value, depth + (1 if isinstance(value, dict) else 0), out, folder)
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, str):
                out.append("- " + item.strip())
            else:
                emit(item, depth, out, folder)
        out.append("")


def main():
    folder = os.path.join(sys.argv[1], "content", "livret")
    book = yaml.safe_load(open(os.path.join(folder, "livret.yaml"), encoding="utf-8"))
    out = ["---", "title: " + book["titre"], "lang: fr-FR", "papersize: a5", "geometry: margin=15mm",
           "fontsize: 10pt", "documentclass: book", "---", ""]
    for key, value in book.items():
        if key == "chapitres":
            for chapter in value:
                emit(yaml.safe_load(open(os.path.join(folder, chapter), encoding="utf-8")), 0, out, folder)
        elif key != "titre":
            emit({key: value}, 0, out, folder)
    print("\n".join(out))


main()
