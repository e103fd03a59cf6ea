/**
 * The index stage: reads the baked pages and writes the chunked search index that {@code assets/js/search.js}
 * loads, with the Danish term handling both share. Its input is the site folder and the content types' labels
 * it is given, and, when given a cache folder, what it read and found in each page in earlier builds (its text, words and f-file data, and its file's stamp; see {@code PageCache});
 * it may use {@code files}, the project's folder names ({@code project}) and the build cache's tool fingerprint ({@code cache}), and no other stage.
 */
package dk.kk.tillid.index;
