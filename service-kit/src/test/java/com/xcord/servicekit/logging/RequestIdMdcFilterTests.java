package com.xcord.servicekit.logging;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdMdcFilterTests {

    private final RequestIdMdcFilter filter = new RequestIdMdcFilter();

    @Test
    void theRequestIdIsInTheMdcWhileTheRequestRunsAndGoneAfter() throws Exception {
        assertThat(mdcSeenBy(request("0af7651916cd43dd8448eb211c80319c"))).containsExactly("0af7651916cd43dd8448eb211c80319c");
        assertThat(MDC.get(RequestIdMdcFilter.MDC_KEY)).isNull();
    }

    @Test
    void noHeaderNoField() throws Exception {
        assertThat(mdcSeenBy(new MockHttpServletRequest("GET", "/x"))).containsExactly((String) null);
    }

    @Test
    void anIdThatCouldForgeLogLinesIsNotLogged() throws Exception {
        for (String forged : List.of("a\nb", "a\"b", "x".repeat(129), "", "a b", "é")) {
            assertThat(mdcSeenBy(request(forged))).as("X-Request-Id %s", forged).containsExactly((String) null);
        }
    }

    private static MockHttpServletRequest request(String id) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");
        request.addHeader(RequestIdMdcFilter.HEADER, id);
        return request;
    }

    private List<String> mdcSeenBy(MockHttpServletRequest request) throws Exception {
        List<String> seen = new ArrayList<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.add(MDC.get(RequestIdMdcFilter.MDC_KEY)));
        return seen;
    }
}
