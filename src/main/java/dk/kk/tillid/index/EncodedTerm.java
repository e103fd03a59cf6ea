package dk.kk.tillid.index;

import java.util.List;

/**
 * A term as its index files show it: its spellings, how many sections have it, and its postings packed by
 * {@link PostingCodec}. What a next build keeps of a term whose postings no changed page touches.
 */
record EncodedTerm(String term, List<String> spellings, int count, String postings) {

    static EncodedTerm of(TermEntry entry) {
        return new EncodedTerm(entry.term(), entry.spellings(), entry.postings().size(),
                PostingCodec.encode(entry.postings(), entry.spellings().size() > 1));
    }
}
