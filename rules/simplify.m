(* The normal form of derived coefficients: one fraction in lowest terms, with the parameters' assumptions applied,
   then expanded over its denominator.
   KoTogether is exact (JAS polynomial arithmetic, see rules/README.md); Symja's own Together is not used here
   because in Symja 3.0.0 it returns wrong fractions for some sums of rational functions.
   KoAssumptions is set by the engine from the model's parameters (so Sqrt(beta^4) becomes beta^2 when beta is
   positive); it is True before any model is loaded. When Refine changes the fraction, the result is brought to
   one fraction again. *)
KoAssumptions = True;
KoSimplify(exprs_List) := Map(KoSimplify, exprs);
(* Refine holds its second argument, so the assumptions are put in by value *)
KoSimplify(expr_) := With({facts = KoAssumptions}, KoSimplifyRefined(KoTogether(expr), facts));
KoSimplifyRefined(frac_, True) := Expand(frac);
KoSimplifyRefined(frac_, facts_) := With({refd = Refine(frac, facts)}, Expand(If(refd === frac, frac, KoTogether(refd))));
