"""Price quotes: pricing engine, price lists, quotes and their printed form."""
