package com.xcord.deploy.helm;

import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartLintTests {

    @Test
    void lintStrictFindsNothingToWarnAbout() {
        LintResult lint = Chart.lintStrict();

        // strict: a warning fails; only INFO (e.g. "icon is recommended") may remain
        assertThat(lint.getMessages()).allSatisfy(message -> assertThat(message).startsWith("[INFO]"));
        assertThat(lint.isFailed()).as("helm lint --strict: %s", lint.getMessages()).isFalse();
    }
}
