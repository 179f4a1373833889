// GatehouseTestSupport: see the README's "What's inside".
