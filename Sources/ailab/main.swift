print("ailab")
