"""Original issue discount (26 CFR 1.1271–1.1275, IRS Publication 1212).  See README.md."""
