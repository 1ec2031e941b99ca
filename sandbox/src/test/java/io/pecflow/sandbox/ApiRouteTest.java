package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiRouteTest {

    @Test
    void shouldRouteTheSevenCalls() {
        assertThat(ApiRoute.match("POST", "/send")).isEqualTo(new ApiRoute.Send());
        assertThat(ApiRoute.match("GET", "/send/2020082610003492")).isEqualTo(new ApiRoute.SendStatus("2020082610003492"));
        assertThat(ApiRoute.match("DELETE", "/send/123")).isEqualTo(new ApiRoute.SendDelete("123"));
        assertThat(ApiRoute.match("GET", "/inbox")).isEqualTo(new ApiRoute.InboxList());
        assertThat(ApiRoute.match("GET", "/inbox/")).isEqualTo(new ApiRoute.InboxList());
        assertThat(ApiRoute.match("GET", "/inbox/3")).isEqualTo(new ApiRoute.InboxGet("3"));
        assertThat(ApiRoute.match("DELETE", "/inbox/3")).isEqualTo(new ApiRoute.InboxDelete("3"));
        assertThat(ApiRoute.match("GET", "/quota/INBOX")).isEqualTo(new ApiRoute.Quota("INBOX"));
    }

    @Test
    void shouldTellUnknownPathsFromWrongMethods() {
        assertThat(ApiRoute.match("GET", "/")).isEqualTo(new ApiRoute.NotFound());
        assertThat(ApiRoute.match("GET", "/send/1/2")).isEqualTo(new ApiRoute.NotFound());
        assertThat(ApiRoute.match("GET", "/quota")).isEqualTo(new ApiRoute.NotFound());
        assertThat(ApiRoute.match("GET", "/send")).isEqualTo(new ApiRoute.WrongMethod("POST"));
        assertThat(ApiRoute.match("POST", "/inbox/1")).isEqualTo(new ApiRoute.WrongMethod("GET, DELETE"));
    }

    @Test
    void shouldReadPageNumbersLeniently() {
        assertThat(InboxEndpoints.pageNumber(null)).isEqualTo(1);
        assertThat(InboxEndpoints.pageNumber("3")).isEqualTo(3);
        assertThat(InboxEndpoints.pageNumber("0")).isEqualTo(1);
        assertThat(InboxEndpoints.pageNumber("abc")).isEqualTo(1);
    }
}
