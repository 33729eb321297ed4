package com.xcord.auth.token;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** @param accessTtl lifetime of an access token */
@ConfigurationProperties("xcord.auth.tokens")
public record TokenProperties(@DefaultValue("15m") Duration accessTtl) {
}
