package com.xcord.gateway.ratelimit;

/**
 * Redis's answer for one request.
 *
 * @param resetSeconds      until the bucket is full again
 * @param retryAfterSeconds until one request is allowed again (0 when allowed)
 */
record RateLimitDecision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {
}
