"""Readers of WordNet 3.0's database files (Debian's wordnet-base), shared by the table builders in this folder."""

import os
import re

POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}


def read_index(wordnet):
    """(lemma, pos) -> synset offsets in WordNet's frequency order."""
    senses = {}
    for pos, name in POS_FILES.items():
        with open(os.path.join(wordnet, "index." + name), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue  # licence header
                fields = line.split()
                lemma, synset_cnt, p_cnt = fields[0], int(fields[2]), int(fields[3])
                offsets = fields[6 + p_cnt:6 + p_cnt + synset_cnt]
                senses[(lemma, pos)] = offsets
    return senses


def read_tag_counts(wordnet):
    """Every line of the semantic concordance's counts (cntlist.rev): (lemma, ss_type number, lex_filenum, lex_id, count)."""
    with open(os.path.join(wordnet, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            key, _, count = line.split()
            lemma, rest = key.split("%", 1)
            ss_type, lex_filenum, lex_id = rest.split(":")[:3]
            yield lemma, int(ss_type), int(lex_filenum), int(lex_id), int(count)


def read_counts(wordnet):
    """(lemma, ss_type number, lex_filenum, lex_id) -> tag count; the head of a satellite's key is ignored."""
    return {(lemma, ss_type, lex_filenum, lex_id): count for lemma, ss_type, lex_filenum, lex_id, count in read_tag_counts(wordnet)}


def read_synsets(wordnet):
    """(pos, offset) -> (ss_type, lex_filenum, [(lemma, lex_id)], [(symbol, target pos, offset, src, dst)],
    [lemma as written]): lemmas lower-case, and as WordNet writes them ("Australia"), for telling names."""
    synsets = {}
    for pos, name in POS_FILES.items():
        with open(os.path.join(wordnet, "data." + name), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                fields = line.split(" | ")[0].split()
                offset, lex_filenum, ss_type = fields[0], int(fields[1]), fields[2]
                w_cnt = int(fields[3], 16)
                written = [re.sub(r"\([a-z]+\)$", "", fields[4 + 2 * i]) for i in range(w_cnt)]
                words = [(lemma.lower(), int(fields[5 + 2 * i], 16)) for i, lemma in enumerate(written)]
                at = 4 + 2 * w_cnt
                p_cnt = int(fields[at])
                pointers = []
                for i in range(p_cnt):
                    symbol, target, target_pos, source_target = fields[at + 1 + 4 * i:at + 5 + 4 * i]
                    pointers.append((symbol, "a" if target_pos == "s" else target_pos, target,
                                     int(source_target[:2], 16), int(source_target[2:], 16)))
                synsets[(pos, offset)] = (ss_type, lex_filenum, words, pointers, written)
    return synsets
