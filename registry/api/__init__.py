"""The REST API over both apps (/api/): serializers, viewsets, token authentication, throttling."""
