/**
 * Checks of the deployables, by feature: {@code image} (the Jib tars), {@code compose} (docker-compose.yml),
 * {@code helm} (the chart), {@code ci} (the workflows) and {@code guard} (no service without all of them).
 */
package com.xcord.deploy;
