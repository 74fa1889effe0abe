(* The normal form of derived coefficients: expanded, with the parameters' assumptions applied.
   KoAssumptions is set by the engine from the model's parameters (so Sqrt(beta^4) becomes beta^2 when beta is
   positive); it is True before any model is loaded. *)
KoAssumptions = True;
KoSimplify(exprs_List) := Map(KoSimplify, exprs);
(* Refine holds its second argument, so the assumptions are put in by value *)
KoSimplify(expr_) := With({facts = KoAssumptions}, Expand(Refine(Together(expr), facts)));
