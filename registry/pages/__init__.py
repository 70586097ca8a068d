"""The pages over both apps: home, statistics, calendar feed, an institution's timeline."""
