package dk.kk.tillid.index;

import java.util.List;

/**
 * A term with the sections that contain it, in section order.
 *
 * @param spellings the distinct spelling marks (see {@link Terms#spelling}) the site uses for the term;
 *                  empty when the only one is "" (plain a-z), which is what most terms have
 */
record TermEntry(String term, List<String> spellings, List<Posting> postings) {
}
