/**
 * The index stage: reads the baked pages and writes the chunked search index that {@code assets/js/search.js}
 * loads, with the Danish term handling both share. Its input is the site folder and the content types' labels
 * it is given; it may use {@code files} and the project's folder names ({@code project}), and no other stage.
 */
package dk.kk.tillid.index;
