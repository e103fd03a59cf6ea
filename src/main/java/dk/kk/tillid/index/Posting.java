package dk.kk.tillid.index;

/**
 * One section's occurrences of one term.
 *
 * @param partOnly  the section has the term only inside compounds, which ranks below the word itself
 * @param bodyCount occurrences in the body text (the title and heading are flags, not counted)
 * @param spellings bit i set when the section spells the term the i-th way listed in its {@link TermEntry}
 */
record Posting(int section, boolean inTitle, boolean inHeading, boolean partOnly, int bodyCount, int spellings) {
}
