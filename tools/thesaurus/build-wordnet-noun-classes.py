#!/usr/bin/env python3
"""Builds src/ChatBot.Core/Text/wordnet-noun-classes.tsv from WordNet 3.0 (Debian's wordnet-base).

Usage: python3 tools/thesaurus/build-wordnet-noun-classes.py [--wordnet DIR] [--out FILE]

Each line is a noun and the WordNet lexicographer classes ("food", "animal", "artifact", ...) of its first
MAX_RANK senses in WordNet's frequency order, e.g. "egg<TAB>animal food". ChatBot reads it to type a "which X"
question's noun and the common nouns of a sentence the same way: "eggs" is a candidate answer to "which food",
"whales" to "which creature", because WordNet files them under the same class. Only the concrete classes a
common noun answers in are kept (CONCRETE below); people, groups and places are answered by names, which their
capitals already mark, and abstract classes (acts, attributes, cognition) would make nearly every noun a
candidate. Irregular plurals (WordNet's noun.exc: "mice", "geese") are listed with their base's classes. Words tagged more often as adjectives than as nouns in WordNet's semantic concordance (cntlist.rev:
"annual", "giant", "old") are left out: in a sentence they are mostly modifiers, not the thing named
("chicken" and "plastic", tagged mostly as nouns, stay). Only single-word, purely alphabetic lemmas; nothing is picked
by hand.
"""

import argparse
import os
import re

MAX_RANK = 2
# WordNet's lexicographer file numbers (lexnames) of the concrete noun classes.
CONCRETE = {5: "animal", 6: "artifact", 8: "body", 11: "event", 13: "food", 17: "object", 19: "phenomenon",
            20: "plant", 27: "substance"}
WORD = re.compile(r"^[a-z]+$")


TOPS = 3


def read_lex_files(wordnet):
    """Synset offset -> lexicographer file number, for nouns. A synset of noun.Tops (the unique beginners:
    "animal", "food", "event", "creature") takes the class most of its hyponyms are filed under, so a question
    asking "which animal" is typed like one asking "which bird"."""
    lex, hyponyms = {}, {}
    with open(os.path.join(wordnet, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            offset, lex_filenum = fields[0], int(fields[1])
            lex[offset] = lex_filenum
            words = int(fields[3], 16)
            at = 4 + 2 * words
            pointers = int(fields[at])
            hyponyms[offset] = [fields[at + 1 + 4 * i + 1] for i in range(pointers) if fields[at + 1 + 4 * i] in ("~", "~i")]
    for offset, lex_filenum in list(lex.items()):
        if lex_filenum != TOPS:
            continue
        below = [lex[h] for h in hyponyms[offset] if lex[h] != TOPS]
        if below:
            lex[offset] = max(set(below), key=below.count)
    return lex


def read_adjectives(wordnet):
    """Lemmas the concordance tags more often as adjectives than as nouns."""
    noun, adj = {}, {}
    with open(os.path.join(wordnet, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            key, _, count = line.split()
            lemma, rest = key.split("%", 1)
            ss_type = rest.split(":")[0]
            counts = noun if ss_type == "1" else adj if ss_type in ("3", "5") else None
            if counts is not None:
                counts[lemma] = counts.get(lemma, 0) + int(count)
    return {lemma for lemma, count in adj.items() if count > noun.get(lemma, 0)}


def build(wordnet):
    lex = read_lex_files(wordnet)
    adjectives = read_adjectives(wordnet)
    rows = []
    with open(os.path.join(wordnet, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma = fields[0]
            if not WORD.match(lemma) or lemma in adjectives:
                continue
            synset_count = int(fields[2])
            offsets = fields[-synset_count:]
            classes = []
            for offset in offsets[:MAX_RANK]:
                name = CONCRETE.get(lex[offset])
                if name and name not in classes:
                    classes.append(name)
            if classes:
                rows.append((lemma, classes))
    # Irregular plurals (noun.exc: "mice mouse", "geese goose") get their base's classes, as morphy would find them.
    classes_of = dict(rows)
    with open(os.path.join(wordnet, "noun.exc"), encoding="latin-1") as f:
        for line in f:
            inflected, base = line.split()[:2]
            if WORD.match(inflected) and inflected not in classes_of and base in classes_of:
                rows.append((inflected, classes_of[base]))
                classes_of[inflected] = classes_of[base]
    return sorted(rows)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "..", "src", "ChatBot.Core", "Text", "wordnet-noun-classes.tsv"))
    args = parser.parse_args()
    rows = build(args.wordnet)
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# Generated by tools/thesaurus/build-wordnet-noun-classes.py from WordNet 3.0 (max-rank {MAX_RANK}); see WORDNET-LICENSE.\n")
        for lemma, classes in rows:
            out.write(lemma + "\t" + " ".join(classes) + "\n")


if __name__ == "__main__":
    main()
