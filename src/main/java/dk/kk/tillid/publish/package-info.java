/**
 * Getting a checked site to where it is read: staging folders beside the target, atomic releases
 * ({@link dk.kk.tillid.publish.Releases}), the check that a release keeps the live site's addresses
 * ({@link dk.kk.tillid.publish.RemovedAddresses}) and the reproducible zip. It may use {@code files}, and no stage.
 */
package dk.kk.tillid.publish;
