/**
 * Local projections of other services' events: {@link com.xcord.servicekit.projection.EventProjection}
 * is the listener, decoding, exactly-once and dispatch-by-type every projection shares; a service
 * writes only its handlers.
 */
package com.xcord.servicekit.projection;
