/**
 * Small helpers on files that several stages need alike: paths written with '/', SHA-256 hashes. It uses
 * only the JDK, and any package may use it.
 */
package dk.kk.tillid.files;
