/**
 * The build cache: what a bake's slow step (Asciidoctor's conversion of a page) produced, kept on disk under
 * {@code target/build-cache/} so that a later process reuses it when none of the inputs recorded while
 * converting has changed. Keyed by content (hashes), never by time; every entry carries a format header and a
 * checksum, and an entry that is damaged, foreign or stale is ignored. {@link dk.kk.tillid.cache.StateFile} keeps
 * one such record whole in a file of its own (what the last build left for the next one to start from). It may use {@code problem} and
 * {@code files}, and knows nothing of AsciiDoc or JBake.
 */
package dk.kk.tillid.cache;
