package org.trainingplatform.scheduling.timetable;

import org.junit.jupiter.api.Test;
import org.trainingplatform.support.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedTokensTest {

    final FeedTokens tokens = new FeedTokens("secret");

    @Test
    void aFeedLinkNamesItsSubjectAndCannotBeForged() {
        FeedTokens.Feed feed = new FeedTokens.Feed(FeedTokens.Feed.Kind.TRAINEE, "7d1f5e2a");
        String token = tokens.issue(feed);

        assertThat(tokens.verify(token)).isEqualTo(feed);
        String forged = tokens.issue(new FeedTokens.Feed(FeedTokens.Feed.Kind.TRAINEE, "someone-else")).split("\\.")[0]
                + "." + token.split("\\.")[1];
        assertThatThrownBy(() -> tokens.verify(forged)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> new FeedTokens("other-secret").verify(token)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tokens.verify("garbage")).isInstanceOf(NotFoundException.class);
    }
}
