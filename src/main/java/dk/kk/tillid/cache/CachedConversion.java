package dk.kk.tillid.cache;

import dk.kk.tillid.problem.Diagnostic;

import java.util.List;
import java.util.Map;

/**
 * One page's conversion as the cache keeps it.
 *
 * @param inputs   what the conversion read, each by a name the caller chose (a file, the glossary, a date from
 *                 git) with the value it had then (a content hash, a date); the entry holds while every one
 *                 still has that value
 * @param warnings the problems the conversion reported, told again whenever the entry is used
 * @param model    what the conversion made of the page: strings, numbers, booleans, dates, string arrays, and
 *                 lists and maps of these, in the order the map iterates them
 */
public record CachedConversion(Map<String, String> inputs, List<Diagnostic> warnings, Map<String, Object> model) {
}
