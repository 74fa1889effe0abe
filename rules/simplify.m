(* The normal form of derived coefficients: expanded, with the parameters' assumptions applied
   ($Assumptions is set from the model, so Sqrt(beta^4) becomes beta^2 when beta is positive). *)
KoSimplify(e_List) := Map(KoSimplify, e);
KoSimplify(e_) := Expand(Refine(Together(e)));
