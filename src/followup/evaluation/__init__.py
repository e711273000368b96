"""Evaluation: the labeled lint set (checker recall and false positives) and pipeline cases."""
