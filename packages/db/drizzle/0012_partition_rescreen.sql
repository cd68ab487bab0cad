-- Households whose linked data changed while their partition of a running population run was
-- not yet done: the partition screens them again before it is marked done. A nullable column:
-- no table rewrite.
ALTER TABLE "screening_partitions" ADD COLUMN "rescreen" uuid[];