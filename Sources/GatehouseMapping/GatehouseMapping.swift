// GatehouseMapping: see the README's "What's inside".
import GatehouseJSON
import GatehouseVTL
