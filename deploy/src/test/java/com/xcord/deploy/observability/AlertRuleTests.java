package com.xcord.deploy.observability;

import com.xcord.deploy.observability.AlertRules.AlertRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator gets with each alert: a severity that says whether to wake up, and text to act on. */
class AlertRuleTests {

    private final List<AlertRule> rules = AlertRules.all();

    @Test
    void theAlertsIssue14AsksForAreThere() {
        assertThat(rules).extracting(AlertRule::name).contains(
                "XcordHighErrorRatio",                                // error ratio > 1 % for 5m
                "XcordMessageSendOverBudget", "XcordReadOverBudget",  // p99 over DESIGN §9's budgets
                "XcordOutboxLag",                                     // > 30 s
                "XcordConsumerLagGrowing",                            // deriv > 0 and lag > 1000
                "XcordDeadLetter",                                    // any record sent to a .dlt topic
                "XcordPodRestarting", "XcordTargetDown",              // kube-state-metrics / up == 0
                "XcordRateLimitFailOpen",
                "XcordJwksFetchFailing");
    }

    @Test
    void alertNamesAreUnique() {
        assertThat(rules).extracting(AlertRule::name).doesNotHaveDuplicates();
    }

    @Test
    void everyAlertSaysWhetherToPage() {
        assertThat(rules).allSatisfy(rule -> assertThat(rule.labels().get("severity")).as(rule.where())
                .isIn("page", "ticket"));
    }

    @Test
    void everyAlertHasASummaryADescriptionAndARunbook() {
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.annotations().get("summary")).as(rule.where() + " summary").isNotBlank();
            assertThat(rule.annotations().get("description")).as(rule.where() + " description").isNotBlank();
            assertThat(rule.annotations().get("runbook")).as(rule.where() + " runbook")
                    .isNotBlank()
                    .contains("Means: ", "Check: 1) ", " 2) ", " 3) ", "Mitigate: ")
                    // plain text: the promtool unit tests copy it as it is (PromtoolRulesTests)
                    .doesNotContain("{{");
        });
    }
}
